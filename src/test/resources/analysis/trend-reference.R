# Reference values for TrendReferenceTest. Run from this directory:
#   Rscript trend-reference.R > trend-reference.out
# Reads trend-reference.csv and holm-reference.csv, written by TrendReferenceData from a fixed seed.
#  - point: each cycle's mean and SE as svymean on svydesign(ids = ~1, fpc = ~N) (no fpc when N
#    is unknown);
#  - trend: the weighted least-squares slope of those means on the years with weights 1/SE^2 and
#    the variances taken as known: summary(glm(y ~ year, weights = w), dispersion = 1) gives the
#    slope, its SE, z and p, and slope -/+ qnorm(0.975) SE the normal interval (confint.default
#    would use the dispersion estimated from the residuals). As a check, lm with the same
#    weights gives the same slope and, divided by its residual sigma, the same SE;
#  - holm: p.adjust(p, method = "holm") per family (NA stays NA and is not counted).
suppressPackageStartupMessages(library(survey))
g <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
cat("# R", as.character(getRversion()), "survey", as.character(packageVersion("survey")), "\n")
freq <- read.csv("trend-reference.csv", stringsAsFactors = FALSE)
worstLm <- 0
for (s in unique(freq$series)) {
  f <- freq[freq$series == s, ]
  years <- unique(f$year)
  y <- numeric(0)
  se <- numeric(0)
  for (yr in years) {
    c <- f[f$year == yr, ]
    d <- c[rep(seq_len(nrow(c)), c$count), c("population", "value")]
    design <- if (is.na(d$population[1])) {
      svydesign(ids = ~1, data = d, weights = rep(1, nrow(d)))
    } else {
      svydesign(ids = ~1, fpc = ~population, data = d)
    }
    est <- svymean(~value, design)
    y <- c(y, coef(est)[[1]])
    se <- c(se, SE(est)[[1]])
    cat("point", s, g(yr), "mean", g(coef(est)[[1]]), "se", g(SE(est)[[1]]), "\n")
  }
  w <- 1 / se^2
  fit <- glm(y ~ years, weights = w)
  co <- summary(fit, dispersion = 1)$coefficients
  half <- qnorm(0.975) * co[2, 2]
  cat("trend", s, "slope", g(co[2, 1]), "se", g(co[2, 2]), "z", g(co[2, 3]), "p", g(co[2, 4]),
      "lower", g(co[2, 1] - half), "upper", g(co[2, 1] + half), "\n")
  if (length(years) > 2) {
    l <- lm(y ~ years, weights = w)
    worstLm <- max(worstLm, abs(coef(l)[[2]] - co[2, 1]),
                   abs(sqrt(vcov(l)[2, 2]) / summary(l)$sigma - co[2, 2]))
  }
  # and by hand: sqrt(1 / sum(w (x - xw)^2))
  xw <- sum(w * years) / sum(w)
  stopifnot(abs(sqrt(1 / sum(w * (years - xw)^2)) - co[2, 2]) < 1e-12)
}
cat("# lm with weights 1/SE^2, SE over residual sigma, against glm: max |difference|",
    g(worstLm), "\n")
holm <- read.csv("holm-reference.csv", stringsAsFactors = FALSE)
for (fam in unique(holm$family)) {
  h <- holm[holm$family == fam, ]
  adjusted <- p.adjust(h$p, method = "holm")
  for (i in seq_len(nrow(h))) {
    cat("holm", fam, h$item[i], "p", g(h$p[i]), "adjusted", g(adjusted[i]), "\n")
  }
}
