#!/usr/bin/Rscript
# Converts AER's ResumeNames (Bertrand & Mullainathan 2004, a randomized field experiment) into
# the app's outcome-import shape. Run once by hand, not by CI (CI has no R):
#
#   apt-get download r-cran-aer && dpkg-deb -x r-cran-aer_1.2-10-1_all.deb aer
#   Rscript test/reference/experiments/resume-names.R \
#     aer/usr/lib/R/site-library/AER/data/ResumeNames.rda \
#     test/fixtures/experiments/resume-names/outcomes.csv
#
# One row per fictitious resume, in the data set's order. The randomized factor is the name's
# racial soundingness: "treatment" = White-sounding name, "control" = African-American-sounding
# name, so treatment − control is the paper's "percent difference" (White − African-American).
# The outcome is the callback (是 = called back, 否 = not). The city the resume was sent in is
# the owner column (the app's breakdown by owner then gives Table 1's Boston and Chicago rows).
args <- commandArgs(trailingOnly = TRUE)
stopifnot(length(args) == 2)
load(args[1])
d <- ResumeNames
stopifnot(nrow(d) == 4870, !anyNA(d$ethnicity), !anyNA(d$call), !anyNA(d$city))
out <- data.frame(
  customer = sprintf("BM04-%04d", seq_len(nrow(d))),
  group = ifelse(d$ethnicity == "cauc", "实验组", "对照组"),
  outcome = ifelse(d$call == "yes", "是", "否"),
  kind = "resume",
  owner = ifelse(d$city == "boston", "Boston", "Chicago"),
  gender = as.character(d$gender),
  stringsAsFactors = FALSE
)
con <- file(args[2], open = "w", encoding = "UTF-8")
write.csv(out, con, row.names = FALSE, quote = FALSE, fileEncoding = "UTF-8")
close(con)
