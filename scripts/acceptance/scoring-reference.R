# Reference Kaplan-Meier curves from R's survival package, the reference implementation
# of survfit. Usage: Rscript scoring-reference.R OUT_DIR
# Writes OUT_DIR/survival-lung.csv and OUT_DIR/survival-aml.csv (the public data sets in our
# event convention: event = 1 for death/relapse, 0 for censored) and
# OUT_DIR/r-survival-reference.json with survfit(conf.type = "log-log") at every distinct
# time, overall and by group. The log-log band is the one our engine uses.
suppressPackageStartupMessages(library(survival))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: Rscript scoring-reference.R OUT_DIR")
out <- args[[1]]

# lung: NCCTG advanced lung cancer (Loprinzi et al. 1994). status 1 = censored, 2 = dead.
lung_df <- data.frame(time = survival::lung$time, event = as.integer(survival::lung$status == 2),
                      group = ifelse(survival::lung$sex == 1, "male", "female"))
# aml: maintenance chemotherapy for acute myelogenous leukaemia (Miller 1981). status 1 = relapse.
aml_df <- data.frame(time = survival::aml$time, event = as.integer(survival::aml$status),
                     group = as.character(survival::aml$x))
write.csv(lung_df, file.path(out, "survival-lung.csv"), row.names = FALSE, quote = FALSE)
write.csv(aml_df, file.path(out, "survival-aml.csv"), row.names = FALSE, quote = FALSE)

num <- function(v) {
  s <- ifelse(is.na(v), "null", formatC(v, digits = 17, format = "g"))
  paste0("[", paste(trimws(s), collapse = ","), "]")
}
str1 <- function(s) paste0('"', s, '"')

curve_json <- function(fit, label) {
  med <- unname(summary(fit)$table["median"])
  paste0(
    "{", str1("label"), ":", str1(label),
    ",", str1("n"), ":", fit$n,
    ",", str1("median"), ":", ifelse(is.na(med), "null", formatC(med, digits = 17, format = "g")),
    ",", str1("time"), ":", num(fit$time),
    ",", str1("nRisk"), ":", num(fit$n.risk),
    ",", str1("nEvent"), ":", num(fit$n.event),
    ",", str1("nCensor"), ":", num(fit$n.censor),
    ",", str1("surv"), ":", num(fit$surv),
    # survfit's std.err is the Greenwood SE of log S; times S it is the SE of S.
    ",", str1("seSurv"), ":", num(fit$surv * fit$std.err),
    ",", str1("lower"), ":", num(fit$lower),
    ",", str1("upper"), ":", num(fit$upper),
    "}"
  )
}

curves <- character(0)
for (ds in list(list(name = "lung", df = lung_df), list(name = "aml", df = aml_df))) {
  all <- survfit(Surv(time, event) ~ 1, data = ds$df, conf.type = "log-log", conf.int = 0.95)
  curves <- c(curves, curve_json(all, paste0(ds$name, ":all")))
  for (g in sort(unique(ds$df$group))) {
    sub <- ds$df[ds$df$group == g, ]
    fit <- survfit(Surv(time, event) ~ 1, data = sub, conf.type = "log-log", conf.int = 0.95)
    curves <- c(curves, curve_json(fit, paste0(ds$name, ":", g)))
  }
}

json <- paste0(
  "{", str1("producedBy"), ":{",
  str1("R"), ":", str1(paste(R.version$major, R.version$minor, sep = ".")),
  ",", str1("survival"), ":", str1(as.character(packageVersion("survival"))),
  ",", str1("call"), ":", str1("survfit(Surv(time, event) ~ 1, conf.type = 'log-log', conf.int = 0.95)"),
  "},", str1("curves"), ":[", paste(curves, collapse = ","), "]}"
)
writeLines(json, file.path(out, "r-survival-reference.json"))
