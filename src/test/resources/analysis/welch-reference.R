# Reference values for ComparisonTest: Welch's t-test as R's t.test(after, before) (var.equal =
# FALSE is R's default), so the difference is mean(after) - mean(before).
# Run: Rscript welch-reference.R > welch-reference.out
show <- function(name, after, before) {
  r <- t.test(after, before)
  cat(name,
      "difference", format(unname(r$estimate[1] - r$estimate[2]), digits = 15),
      "se", format(unname(r$stderr), digits = 15),
      "df", format(unname(r$parameter), digits = 15),
      "t", format(unname(r$statistic), digits = 15),
      "p", format(r$p.value, digits = 15),
      "lower", format(r$conf.int[1], digits = 15),
      "upper", format(r$conf.int[2], digits = 15), "\n")
}
cat("# R", as.character(getRversion()), "\n")
# Wikipedia "Welch's t-test", example 1 (A1 as before, A2 as after)
a1 <- c(27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4)
a2 <- c(27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4)
show("wikipedia1", a2, a1)
# Two survey cycles on a 1-6 scale
before <- c(3, 4, 4, 5, 2, 6, 4, 3, 5, 4)
after <- c(5, 6, 4, 5, 6, 5, 3, 6, 5, 6, 4, 5)
show("cycles", after, before)
show("cyclesReversed", before, after)
# Hand example: before 1, 3; after 4, 6, 8
show("hand", c(4, 6, 8), c(1, 3))
cat("# z: 2*pnorm(-1.4) =", format(2 * pnorm(-1.4), digits = 15),
    " 2*pnorm(-2.5) =", format(2 * pnorm(-2.5), digits = 15), "\n")
