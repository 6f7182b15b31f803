# The results benchmark's summaries in R's survey package, on the same machine and the same cycle
# (target/bench-results-cycle.csv, written by ResultsBenchmark): the stratified mean, standard error
# and 95 % interval of each of the 25 scale questions, and the same broken down by industry and by
# size class. Prints the elapsed time of the summaries (reading the file is timed apart).
# Run: Rscript bench/results-in-r.R   (Debian: apt-get install r-base-core r-cran-survey)
suppressMessages(library(survey))
read <- system.time(d <- read.csv("target/bench-results-cycle.csv"))
d$stratum <- paste(d$industry, d$size, sep = "/")
d$N <- 20000
items <- sprintf("q%02d", 1:25)
formula <- as.formula(paste("~", paste(items, collapse = " + ")))
summaries <- system.time({
  design <- svydesign(ids = ~1, strata = ~stratum, fpc = ~N, data = d)
  # one item at a time, na.rm, as each question has its own don't-know answers
  overall <- lapply(items, function(q) {
    m <- svymean(as.formula(paste("~", q)), design, na.rm = TRUE)
    list(mean = coef(m), se = SE(m), ci = confint(m))
  })
  by_industry <- svyby(formula, ~industry, design, svymean, na.rm = TRUE)
  by_size <- svyby(formula, ~size, design, svymean, na.rm = TRUE)
})
cat(sprintf("R %s, survey %s: %d responses\n", getRversion(), packageVersion("survey"), nrow(d)))
cat(sprintf("reading the CSV: %.2f s\n", read[["elapsed"]]))
cat(sprintf("stratified summaries of 25 items, overall and by industry and size: %.2f s\n",
            summaries[["elapsed"]]))
cat(sprintf("q01 stratified mean %.6f, se %.6f\n", overall[[1]]$mean, overall[[1]]$se))
