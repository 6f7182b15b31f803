# Reference values for FpcReferenceTest, from R's survey package.
# Run from this directory:  Rscript fpc-reference.R > fpc-reference.out
# Reads fpc-reference.csv (written by FpcReferenceData from a fixed seed: one row per pair of
# cycles, cycle and distinct value with its count, and the cycle's population N, NA when unknown),
# expands the counts into one row per respondent and prints, with 17 significant digits:
#  - summary: each cycle's simple mean as svymean on svydesign(ids = ~1, fpc = ~N) (without fpc
#    when N is unknown), its sd, SE, and confint(..., df = degf(design)), Student's t with n - 1 df;
#  - welch: the change after - before with the variances of those two means, v_i = SE_i^2 (that is
#    (1 - n_i/N_i) s_i^2/n_i), se = sqrt(v1 + v2), the Welch-Satterthwaite
#    df = (v1 + v2)^2 / (v1^2/(n1 - 1) + v2^2/(n2 - 1)), t, two-sided p and the t interval;
#  - ttest: R's t.test(after, before), plain Welch on the raw answers, for every pair.
suppressPackageStartupMessages(library(survey))
g <- function(x) sprintf("%.17g", x)
cat("# R", as.character(getRversion()), "survey", as.character(packageVersion("survey")), "\n")
freq <- read.csv("fpc-reference.csv", stringsAsFactors = FALSE)
cycle <- function(f) {
  d <- f[rep(seq_len(nrow(f)), f$count), c("population", "value")]
  design <- if (is.na(d$population[1])) {
    svydesign(ids = ~1, data = d, weights = rep(1, nrow(d)))
  } else {
    svydesign(ids = ~1, fpc = ~population, data = d)
  }
  est <- svymean(~value, design)
  ci <- confint(est, df = degf(design))
  # the same SE by Cochran's formula, as a check of the design
  n <- nrow(d)
  fpc <- if (is.na(d$population[1])) 1 else 1 - n / d$population[1]
  stopifnot(abs(SE(est)[[1]] - sqrt(fpc * var(d$value) / n)) < 1e-12)
  list(y = d$value, n = n, design = design, mean = coef(est)[[1]], sd = sd(d$value),
       se = SE(est)[[1]], lower = ci[1, 1], upper = ci[1, 2])
}
worstContrast <- 0
for (ds in unique(freq$dataset)) {
  b <- cycle(freq[freq$dataset == ds & freq$cycle == "before", ])
  a <- cycle(freq[freq$dataset == ds & freq$cycle == "after", ])
  for (side in list(list("before", b), list("after", a))) {
    s <- side[[2]]
    cat("summary", ds, side[[1]], "mean", g(s$mean), "sd", g(s$sd), "se", g(s$se),
        "lower", g(s$lower), "upper", g(s$upper), "\n")
  }
  v1 <- b$se^2
  v2 <- a$se^2
  d <- a$mean - b$mean
  se <- sqrt(v1 + v2)
  df <- (v1 + v2)^2 / (v1^2 / (b$n - 1) + v2^2 / (a$n - 1))
  t <- d / se
  half <- qt(0.975, df) * se
  cat("welch", ds, "difference", g(d), "se", g(se), "df", g(df), "t", g(t),
      "p", g(2 * pt(-abs(t), df)), "lower", g(d - half), "upper", g(d + half), "\n")
  r <- t.test(a$y, b$y)
  cat("ttest", ds, "difference", g(unname(r$estimate[1] - r$estimate[2])),
      "se", g(unname(r$stderr)), "df", g(unname(r$parameter)), "t", g(unname(r$statistic)),
      "p", g(r$p.value), "lower", g(r$conf.int[1]), "upper", g(r$conf.int[2]), "\n")
  # Where both cycles know N: the SE of the difference also as svycontrast of svyby on one design
  # with the cycles as strata (independent samples), which must equal sqrt(v1 + v2).
  if (!is.na(freq$population[freq$dataset == ds][1]) &&
      all(!is.na(freq$population[freq$dataset == ds]))) {
    f <- freq[freq$dataset == ds, ]
    both <- f[rep(seq_len(nrow(f)), f$count), c("cycle", "population", "value")]
    design <- svydesign(ids = ~1, strata = ~cycle, fpc = ~population, data = both)
    by <- svyby(~value, ~cycle, design, svymean, covmat = TRUE)
    contrast <- svycontrast(by, c(after = 1, before = -1))
    worstContrast <- max(worstContrast, abs(SE(contrast)[[1]] - se), abs(coef(contrast)[[1]] - d))
  }
}
cat("# svycontrast of svyby against sqrt(v1 + v2): max |difference|", g(worstContrast), "\n")
