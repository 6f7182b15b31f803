# Reference values for StratifiedEstimateTest, from R's survey package.
# Run from this directory:  Rscript stratified-reference.R > stratified-reference.out
# Reads stratified-reference.csv (one row per dataset, stratum, value with its count and the
# stratum's population N_h), expands the counts into one row per respondent (rows with count 0
# vanish, so a stratum whose counts are all 0 is a stratum with population but no answers),
# and prints svymean's mean and SE and confint() bounds with 15 significant digits.
suppressPackageStartupMessages(library(survey))
cat("# R", as.character(getRversion()), "survey", as.character(packageVersion("survey")), "\n")
freq <- read.csv("stratified-reference.csv", stringsAsFactors = FALSE)
for (ds in unique(freq$dataset)) {
  f <- freq[freq$dataset == ds, ]
  d <- f[rep(seq_len(nrow(f)), f$count), c("stratum", "population", "value")]
  design <- svydesign(ids = ~1, strata = ~stratum, fpc = ~population, data = d)
  est <- svymean(~value, design)
  ci <- confint(est)
  cat(ds,
      "mean", format(coef(est)[[1]], digits = 15),
      "se", format(SE(est)[[1]], digits = 15),
      "lower", format(ci[1, 1], digits = 15),
      "upper", format(ci[1, 2], digits = 15), "\n")
}
# A lonely stratum (n_h = 1 < N_h): R refuses by default.
lonely <- data.frame(stratum = c("L1", "L1", "L2"), population = c(10, 10, 5), value = c(3, 5, 4))
res <- tryCatch({
  svymean(~value, svydesign(ids = ~1, strata = ~stratum, fpc = ~population, data = lonely))
  "no error"
}, error = function(e) conditionMessage(e))
cat("# lonely:", res, "\n")
# StratifiedEstimate treats lonely strata as R does with lonely.psu = "adjust". L: one lonely
# stratum (L2, answer 7); M: two lonely strata (M2, M3) beside two ordinary ones.
options(survey.lonely.psu = "adjust")
adjusted <- list(
  L = data.frame(stratum = c("L1", "L1", "L2"), population = c(10, 10, 5), value = c(3, 5, 7)),
  M = data.frame(stratum = c("M1", "M1", "M1", "M1", "M2", "M3", "M4", "M4", "M4"),
                 population = c(50, 50, 50, 50, 20, 8, 30, 30, 30),
                 value = c(2, 4, 6, 8, 3, 9, 5, 5, 6)))
for (ds in names(adjusted)) {
  est <- suppressWarnings(svymean(~value, svydesign(ids = ~1, strata = ~stratum,
                                                    fpc = ~population, data = adjusted[[ds]])))
  cat("adjust", ds, "mean", format(coef(est)[[1]], digits = 15),
      "se", format(SE(est)[[1]], digits = 15), "\n")
}
