# Reference values for ResultsAgainstRIT: every figure of the results, comparison and trend APIs
# for three generated cycles of the business-climate template, from R's survey package.
# Run from this directory:  Rscript api-reference.R > api-reference.out
# Reads api-reference.csv (written by RReferenceData from a fixed seed; the test checks that the
# file is still what the generator writes). One line per figure set:  key words : figure value ...
#
# How each figure is defined, as an analyst would compute it in R:
#  - an item's answers are the respondents who gave a point (don't know and blank are not answers);
#    an index is a respondent's mean of (x - 1)/(k - 1) * 100 over the answered index questions,
#    defined when at least half the weight was answered (the template's minAnsweredShare);
#  - the whole cycle: svymean on svydesign(ids = ~1, fpc = ~N) with N the register's 167 businesses,
#    confint(..., df = degf(design)); sd, R's type-7 quantiles, shares of each point, top box (5, 6);
#  - the stratified estimate: svymean on svydesign(ids = ~1, strata = ~stratum, fpc = ~N_h) of the
#    respondents who answered the item, lonely strata as survey.lonely.psu = "adjust", confint()
#    (normal); a stratum with no answers to the item is simply not in the design;
#  - a group of a breakdown: its answers as a simple random sample without correction
#    (svydesign(ids = ~1, weights = ~1)), t interval with n - 1 df;
#  - a change: Welch-Satterthwaite t on the two means' variances (SE^2 as above), and where both
#    cycles have stratified estimates the z-test of those; p.adjust(method = "holm") over the
#    shown tests of all items of a comparison, or over the changes of one trend;
#  - a trend: summary(glm(estimate ~ year, weights = 1 / se^2), dispersion = 1), normal interval.
suppressPackageStartupMessages(library(survey))
options(survey.lonely.psu = "adjust")
g <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
out <- function(key, ...) {
  v <- c(...)
  cat(key, ":", paste(names(v), g(unname(v)), collapse = " "), "\n")
}
cat("# R", as.character(getRversion()), "survey", as.character(packageVersion("survey")), "\n")
d <- read.csv("api-reference.csv", stringsAsFactors = FALSE, colClasses = "character",
              na.strings = "")
register <- data.frame(stratum = c("C/5-19", "F/0-4", "M/0-4", "G/0-4", "I/0-4"),
                       N = c(40, 60, 25, 12, 30))
POPULATION <- sum(register$N)
d$stratum <- paste(d$industry, d$size, sep = "/")
d$N <- register$N[match(d$stratum, register$stratum)]
scales <- c("sat_business_land", "sat_building_permits", "sat_business_development",
            "sat_cooperation", "image_innovative", "image_welcoming", "image_adaptable",
            "overall_climate")
indices <- list(satisfaction = scales[1:4], image = scales[5:7], overall = scales[8])
values <- list()
for (q in scales) values[[q]] <- suppressWarnings(as.numeric(d[[q]]))
for (ix in names(indices)) {
  scores <- sapply(indices[[ix]], function(q) (values[[q]] - 1) / 5 * 100)
  scores <- matrix(scores, nrow = nrow(d))
  share <- rowSums(!is.na(scores)) / ncol(scores)
  values[[ix]] <- ifelse(share >= 0.5, rowMeans(scores, na.rm = TRUE), NA)
}
numeric <- c(scales, names(indices))
cycles <- c("2021", "2023", "2025")
backgrounds <- c("industry", "size", "years")

summaryOf <- function(y, N) {
  n <- length(y)
  data <- data.frame(y = y, N = if (is.na(N)) 1 else N)
  design <- if (is.na(N)) svydesign(ids = ~1, weights = ~1, data = data)
            else svydesign(ids = ~1, fpc = ~N, data = data)
  est <- svymean(~y, design)
  ci <- confint(est, df = degf(design))
  q <- quantile(y, c(0.25, 0.5, 0.75), type = 7)
  c(n = n, mean = coef(est)[[1]], sd = sd(y), se = SE(est)[[1]], lower = ci[1, 1],
    upper = ci[1, 2], q1 = q[[1]], median = q[[2]], q3 = q[[3]])
}
scaleShares <- function(y) {
  s <- sapply(1:6, function(p) mean(y == p))
  names(s) <- paste0("share", 1:6)
  c(s, topbox = mean(y >= 5))
}
stratified <- function(rows, y) {
  data <- data.frame(y = y, stratum = rows$stratum, N = rows$N)
  est <- svymean(~y, svydesign(ids = ~1, strata = ~stratum, fpc = ~N, data = data))
  ci <- confint(est)
  c(mean = coef(est)[[1]], se = SE(est)[[1]], lower = ci[1, 1], upper = ci[1, 2])
}
welch <- function(a, b) {  # a, b: summaries of before and after
  v1 <- a[["se"]]^2
  v2 <- b[["se"]]^2
  diff <- b[["mean"]] - a[["mean"]]
  se <- sqrt(v1 + v2)
  df <- (v1 + v2)^2 / (v1^2 / (a[["n"]] - 1) + v2^2 / (b[["n"]] - 1))
  t <- diff / se
  half <- qt(0.975, df) * se
  c(difference = diff, se = se, df = df, statistic = t, p = 2 * pt(-abs(t), df),
    lower = diff - half, upper = diff + half)
}
ztest <- function(a, b) {
  diff <- b[["mean"]] - a[["mean"]]
  se <- sqrt(a[["se"]]^2 + b[["se"]]^2)
  z <- diff / se
  half <- qnorm(0.975) * se
  c(difference = diff, se = se, statistic = z, p = 2 * pnorm(-abs(z)), lower = diff - half,
    upper = diff + half)
}
slope <- function(years, estimate, se) {
  w <- 1 / se^2
  co <- summary(glm(estimate ~ years, weights = w), dispersion = 1)$coefficients
  half <- qnorm(0.975) * co[2, 2]
  c(slope = co[2, 1], se = co[2, 2], statistic = co[2, 3], p = co[2, 4],
    lower = co[2, 1] - half, upper = co[2, 1] + half,
    meanEstimate = sum(w * estimate) / sum(w), meanYear = sum(w * years) / sum(w))
}

simple <- list()
strat <- list()
groups <- list()
for (cy in cycles) {
  rows <- d$cycle == cy
  for (q in numeric) {
    y <- values[[q]][rows]
    answered <- !is.na(y)
    key <- paste(cy, q)
    s <- summaryOf(y[answered], POPULATION)
    simple[[key]] <- s
    shares <- if (q %in% scales) scaleShares(y[answered]) else c()
    dk <- if (q %in% scales) c(dontknow = sum(d[[q]][rows] == "dontknow", na.rm = TRUE)) else c()
    out(paste("summary", cy, q, "all"), s, shares, dk)
    st <- stratified(d[rows, ][answered, ], y[answered])
    strat[[key]] <- st
    out(paste("stratified", cy, q), st, n = sum(answered))
    for (b in backgrounds) {
      for (grp in sort(unique(d[[b]][rows]))) {
        inGroup <- answered & d[[b]][rows] == grp
        if (sum(inGroup) < 2) next
        gs <- summaryOf(y[inGroup], NA)
        groups[[paste(cy, q, b, grp)]] <- gs
        out(paste("summary", cy, q, paste0(b, "=", grp)), gs,
            if (q %in% scales) scaleShares(y[inGroup]) else c())
      }
    }
  }
  for (q in c("permit_applied", backgrounds)) {
    v <- d[[q]][rows]
    v <- v[!is.na(v)]
    for (option in sort(unique(v))) {
      out(paste("option", cy, q, "all", option), count = sum(v == option),
          share = mean(v == option))
    }
  }
}

for (pair in list(c(1, 2), c(2, 3))) {
  a <- cycles[pair[1]]
  b <- cycles[pair[2]]
  shown <- c()
  for (q in numeric) {
    w <- welch(simple[[paste(a, q)]], simple[[paste(b, q)]])
    z <- ztest(strat[[paste(a, q)]], strat[[paste(b, q)]])
    out(paste("welch", a, b, q), w)
    out(paste("ztest", a, b, q), z)
    shown[q] <- z[["p"]]
  }
  holm <- p.adjust(shown, method = "holm")
  for (q in numeric) out(paste("holm", a, b, q), p = holm[[q]])
}

years <- as.numeric(cycles)
for (q in numeric) {
  est <- sapply(cycles, function(cy) strat[[paste(cy, q)]][["mean"]])
  se <- sapply(cycles, function(cy) strat[[paste(cy, q)]][["se"]])
  changes <- sapply(2:3, function(i) ztest(strat[[paste(cycles[i - 1], q)]],
                                          strat[[paste(cycles[i], q)]])[["p"]])
  holm <- p.adjust(changes, method = "holm")
  for (i in 2:3) out(paste("trendholm", q, cycles[i]), p = holm[[i - 1]])
  out(paste("trend", q), slope(years, est, se))
  for (b in backgrounds) {
    for (grp in sort(unique(d[[b]]))) {
      keys <- paste(cycles, q, b, grp)
      have <- which(!sapply(groups[keys], is.null))
      for (i in have) {
        for (j in have[have > i]) {
          out(paste("groupchange", q, paste0(b, "=", grp), cycles[i], cycles[j]),
              welch(groups[[keys[i]]], groups[[keys[j]]]))
        }
      }
      for (subset in list(c(1, 2, 3), c(1, 2), c(1, 3), c(2, 3))) {
        if (all(subset %in% have)) {
          gs <- lapply(keys[subset], function(k) groups[[k]])
          out(paste("groupslope", q, paste0(b, "=", grp), paste(cycles[subset], collapse = "+")),
              slope(years[subset], sapply(gs, `[[`, "mean"), sapply(gs, `[[`, "se")))
        }
      }
      if (all(c(1, 2, 3) %in% have)) {
        p <- sapply(2:3, function(i) welch(groups[[keys[i - 1]]], groups[[keys[i]]])[["p"]])
        holm <- p.adjust(p, method = "holm")
        for (i in 2:3) out(paste("groupholm", q, paste0(b, "=", grp), cycles[i]), p = holm[[i - 1]])
      }
    }
  }
}
