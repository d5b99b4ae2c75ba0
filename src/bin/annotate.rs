//! `annotate`: the command-line shell over the core.
//!
//!     annotate FILE...              annotations of each text as JSON (stdin without FILE)
//!     annotate --jsonl IN.jsonl     one gold-format line per article, for scoring
//!     annotate --eval GOLD.jsonl... score tables, as `make eval` prints them
//!     annotate --diff GOLD.jsonl    per article: missed gold items and false alarms

use article_annotator::jsonl::{read_articles, GoldArticle};
use article_annotator::output::{to_gold, view};
use article_annotator::scoring::{diff, Scores};
use article_annotator::text::Unit;
use clap::{Parser, ValueEnum};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "annotate",
    version,
    about = "Find entities and claims (attributed, alleged, denied) in news text."
)]
struct Args {
    /// Text files to annotate; standard input when none is given.
    files: Vec<PathBuf>,
    /// Read gold-format JSON Lines (uses `id` and `text`) and write our annotations in that format.
    #[arg(long, value_name = "IN.jsonl", conflicts_with_all = ["eval", "diff"])]
    jsonl: Option<PathBuf>,
    /// Score our annotations against gold JSON Lines files and print a table per file.
    #[arg(long, value_name = "GOLD.jsonl", num_args = 1.., conflicts_with = "diff")]
    eval: Vec<PathBuf>,
    /// List, per article, the gold items we miss and the ones we add.
    #[arg(long, value_name = "GOLD.jsonl")]
    diff: Option<PathBuf>,
    /// Only the articles whose id contains this text (with --eval, --diff, --jsonl).
    #[arg(long, value_name = "TEXT")]
    only: Option<String>,
    /// The unit offsets count in, for the JSON output of FILEs.
    #[arg(long, value_enum, default_value_t = Offsets::Scalar)]
    offsets: Offsets,
    /// Indent the JSON output.
    #[arg(long)]
    pretty: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum Offsets {
    /// Unicode scalar values, as Python's str and the gold files count.
    Scalar,
    /// UTF-16 code units, as JavaScript counts.
    Utf16,
    /// UTF-8 bytes.
    Byte,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let result = if let Some(path) = &args.jsonl {
        convert_jsonl(path, args.only.as_deref())
    } else if !args.eval.is_empty() {
        evaluate(&args.eval, args.only.as_deref())
    } else if let Some(path) = &args.diff {
        show_diff(path, args.only.as_deref())
    } else {
        annotate_files(&args)
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("annotate: {message}");
            ExitCode::FAILURE
        }
    }
}

fn read_input(path: &Path) -> Result<Vec<u8>, String> {
    if path == Path::new("-") {
        let mut buf = Vec::new();
        io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("standard input: {e}"))?;
        Ok(buf)
    } else {
        std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
    }
}

/// Writes a line to stdout; a closed pipe (`| head`) ends the program quietly.
fn emit(out: &mut impl Write, line: &str) {
    if writeln!(out, "{line}").is_err() {
        std::process::exit(0);
    }
}

fn annotate_files(args: &Args) -> Result<bool, String> {
    let unit = match args.offsets {
        Offsets::Scalar => Unit::Scalar,
        Offsets::Utf16 => Unit::Utf16,
        Offsets::Byte => Unit::Byte,
    };
    let inputs: Vec<PathBuf> = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    let mut ok = true;
    let mut out = io::stdout().lock();
    for path in &inputs {
        let name = if path == Path::new("-") {
            "standard input".to_string()
        } else {
            path.display().to_string()
        };
        let bytes = match read_input(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("annotate: {e}");
                ok = false;
                continue;
            }
        };
        let text = match std::str::from_utf8(&bytes) {
            Ok(t) => t,
            Err(e) => {
                let line = bytes[..e.valid_up_to()]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count()
                    + 1;
                eprintln!(
                    "annotate: {name}: invalid UTF-8 at byte {} (line {line}); not annotated",
                    e.valid_up_to()
                );
                ok = false;
                continue;
            }
        };
        let annotations = article_annotator::annotate(text);
        let doc = view(text, &annotations, unit);
        let json = if args.pretty {
            serde_json::to_string_pretty(&doc)
        } else {
            serde_json::to_string(&doc)
        };
        emit(&mut out, &json.expect("annotations serialize"));
    }
    Ok(ok)
}

/// Reads a JSONL file, reporting each bad line on stderr; returns the good articles
/// and whether every line was good.
fn read_gold(path: &Path, only: Option<&str>) -> Result<(Vec<GoldArticle>, bool), String> {
    let bytes = read_input(path)?;
    let mut ok = true;
    let mut articles = Vec::new();
    for item in read_articles(&bytes) {
        match item {
            Ok(a) if only.is_none_or(|o| a.id.contains(o)) => articles.push(a),
            Ok(_) => {}
            Err(e) => {
                eprintln!("annotate: {}:{}: {}", path.display(), e.line, e.message);
                ok = false;
            }
        }
    }
    Ok((articles, ok))
}

fn predict(article: &GoldArticle) -> GoldArticle {
    to_gold(
        &article.id,
        &article.text,
        &article_annotator::annotate(&article.text),
    )
}

fn convert_jsonl(path: &Path, only: Option<&str>) -> Result<bool, String> {
    let (articles, ok) = read_gold(path, only)?;
    let mut out = io::stdout().lock();
    for article in &articles {
        emit(
            &mut out,
            &serde_json::to_string(&predict(article)).expect("annotations serialize"),
        );
    }
    Ok(ok)
}

fn evaluate(paths: &[PathBuf], only: Option<&str>) -> Result<bool, String> {
    let mut ok = true;
    let mut out = io::stdout().lock();
    for path in paths {
        let (articles, read_ok) = read_gold(path, only)?;
        ok &= read_ok;
        let mut scores = Scores::default();
        for article in &articles {
            scores.add(article, &predict(article));
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        emit(&mut out, &scores.table(&name));
    }
    Ok(ok)
}

fn show_diff(path: &Path, only: Option<&str>) -> Result<bool, String> {
    let (articles, ok) = read_gold(path, only)?;
    let mut out = io::stdout().lock();
    for article in &articles {
        let d = diff(article, &predict(article));
        if !d.is_empty() {
            emit(&mut out, &format!("# {}\n{d}", article.id));
        }
    }
    Ok(ok)
}
