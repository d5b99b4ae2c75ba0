//! The `annotate` binary end to end: clear errors that name the file and line (never a
//! panic), every good line still written, and offsets that slice what they claim.

use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const TEXT: &str = "“Émilie” 👍🏽 東京: Fumio Kishida said in 2016 that the plan failed.\n\
                    According to Reuters, the deal was off. “We won,” Merkel said on Monday.\n";

fn annotate() -> Command {
    Command::new(env!("CARGO_BIN_EXE_annotate"))
}

/// A file under the target's scratch directory, unique to the calling test.
fn scratch(name: &str, contents: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-tests");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn run(cmd: &mut Command, stdin: Option<&[u8]>) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the annotate binary runs");
    {
        let mut input = child.stdin.take().unwrap();
        if let Some(bytes) = stdin {
            input.write_all(bytes).unwrap();
        }
    }
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "annotate panicked:\n{stderr}");
    out
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout_lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("stdout is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// Slices `text` from `start` to `end` counted in scalars or UTF-16 code units.
fn slice(text: &str, start: u64, end: u64, utf16: bool) -> String {
    let (start, end) = (start as usize, end as usize);
    if utf16 {
        let units: Vec<u16> = text.encode_utf16().collect();
        assert!(
            start <= end && end <= units.len(),
            "{start}..{end} out of range"
        );
        String::from_utf16(&units[start..end]).expect("offsets split a surrogate pair")
    } else {
        let chars: Vec<char> = text.chars().collect();
        assert!(
            start <= end && end <= chars.len(),
            "{start}..{end} out of range"
        );
        chars[start..end].iter().collect()
    }
}

/// Every `{start, end, text}` object inside `value` slices `text` to its own text;
/// returns how many were checked.
fn check_spans(text: &str, value: &Value, utf16: bool) -> usize {
    match value {
        Value::Object(map) => {
            let mut n = 0;
            if let (Some(s), Some(e), Some(Value::String(t))) =
                (map.get("start"), map.get("end"), map.get("text"))
            {
                if let (Some(s), Some(e)) = (s.as_u64(), e.as_u64()) {
                    if !map.contains_key("id") {
                        assert_eq!(&slice(text, s, e, utf16), t, "span {s}..{e}");
                        n += 1;
                    }
                }
            }
            n + map
                .values()
                .map(|v| check_spans(text, v, utf16))
                .sum::<usize>()
        }
        Value::Array(items) => items.iter().map(|v| check_spans(text, v, utf16)).sum(),
        _ => 0,
    }
}

fn check_document(text: &str, doc: &Value, unit: &str) {
    assert_eq!(doc["offsets"], unit);
    let utf16 = unit == "utf16";
    let checked = check_spans(text, doc, utf16);
    assert!(checked > 0, "no span to check in {doc}");
    assert!(!doc["sentences"].as_array().unwrap().is_empty());
    for s in doc["sentences"].as_array().unwrap() {
        let t = slice(
            text,
            s["start"].as_u64().unwrap(),
            s["end"].as_u64().unwrap(),
            utf16,
        );
        assert!(!t.is_empty() && !t.starts_with(char::is_whitespace));
    }
}

#[test]
fn text_file_prints_json_with_scalar_offsets() {
    let path = scratch("article.txt", TEXT.as_bytes());
    let out = run(annotate().arg(&path), None);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = stdout_lines(&out);
    assert_eq!(docs.len(), 1);
    check_document(TEXT, &docs[0], "scalar");
}

#[test]
fn utf16_offsets() {
    let path = scratch("article16.txt", TEXT.as_bytes());
    let out = run(annotate().args(["--offsets", "utf16"]).arg(&path), None);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = stdout_lines(&out);
    check_document(TEXT, &docs[0], "utf16");
    // The emoji before every span makes the two units differ: these are not scalars.
    let scalar = stdout_lines(&run(annotate().arg(&path), None));
    assert_ne!(docs[0]["sentences"][1], scalar[0]["sentences"][1]);
}

#[test]
fn standard_input() {
    let out = run(&mut annotate(), Some(TEXT.as_bytes()));
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = stdout_lines(&out);
    assert_eq!(docs.len(), 1);
    check_document(TEXT, &docs[0], "scalar");
    let out = run(
        annotate().arg("-").args(["--offsets", "utf16"]),
        Some(TEXT.as_bytes()),
    );
    check_document(TEXT, &stdout_lines(&out)[0], "utf16");
}

#[test]
fn empty_standard_input() {
    let out = run(&mut annotate(), Some(b""));
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = stdout_lines(&out);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["sentences"], Value::Array(vec![]));
}

#[test]
fn invalid_utf8_file_is_named_with_line_and_byte() {
    let path = scratch("latin1.txt", b"First line.\nCaf\xe9 au lait, he said.\n");
    let out = run(annotate().arg(&path), None);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains(&path.display().to_string()),
        "file not named: {err}"
    );
    assert!(err.contains("UTF-8"), "{err}");
    assert!(err.contains("line 2"), "line not named: {err}");
    assert!(err.contains("byte 15"), "byte not named: {err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn invalid_utf8_file_does_not_stop_the_others() {
    let bad = scratch("bad-among-good.txt", b"\xff\xfe\x00");
    let good = scratch("good-among-bad.txt", TEXT.as_bytes());
    let out = run(annotate().arg(&bad).arg(&good), None);
    assert!(!out.status.success());
    assert!(stderr(&out).contains(&bad.display().to_string()));
    let docs = stdout_lines(&out);
    assert_eq!(docs.len(), 1, "the good file is still annotated");
    check_document(TEXT, &docs[0], "scalar");
}

#[test]
fn missing_file_is_named() {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("no-such-file.txt");
    let out = run(annotate().arg(&path), None);
    assert!(!out.status.success());
    assert!(stderr(&out).contains(&path.display().to_string()));
}

#[test]
fn jsonl_bad_lines_are_named_and_good_lines_written() {
    let mut input = Vec::new();
    input.extend_from_slice(
        "{\"id\":\"a\",\"text\":\"Fumio Kishida said in 2016 that the plan failed.\"}\n".as_bytes(),
    );
    input.extend_from_slice(b"{\"id\":\"truncated\",\"text\":\"The deal was\n");
    input.extend_from_slice("{\"id\":\"b\",\"text\":\"“We won,” Merkel said. 👍🏽\"}\n".as_bytes());
    input.extend_from_slice(b"this is not JSON at all\n");
    input.extend_from_slice(b"{\"id\":\"no-text\",\"body\":\"Smith said so.\"}\n");
    input.extend_from_slice(b"{\"id\":\"latin1\",\"text\":\"Caf\xe9\"}\n");
    input.extend_from_slice(b"\n");
    input.extend_from_slice(
        "{\"id\":\"c\",\"text\":\"According to Reuters, 東京 said the deal was off.\"}\r\n"
            .as_bytes(),
    );
    let path = scratch("mixed.jsonl", &input);
    let out = run(annotate().arg("--jsonl").arg(&path), None);
    assert!(!out.status.success(), "bad lines must fail the run");
    let err = stderr(&out);
    let name = path.display().to_string();
    for (line, what) in [(2, "JSON"), (4, "JSON"), (5, "text"), (6, "UTF-8")] {
        let prefix = format!("{name}:{line}:");
        let msg = err
            .lines()
            .find(|l| l.contains(&prefix))
            .unwrap_or_else(|| panic!("line {line} not named in:\n{err}"));
        assert!(
            msg.contains(what),
            "line {line}: {msg:?} does not mention {what}"
        );
    }
    assert_eq!(err.lines().count(), 4, "one error a bad line:\n{err}");
    let lines = stdout_lines(&out);
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
}

#[test]
fn jsonl_output_spans_slice_by_scalar_offsets() {
    let texts = [
        TEXT,
        "He allegedly denied it, according to the BBC. “No,” said 👨‍👩‍👧 Smith.",
        "\u{202b}قال\u{202c} Kishida said e\u{301}te\u{301} was over.\r\nMerkel denied it.",
        "",
    ];
    let mut input = String::new();
    for (i, t) in texts.iter().enumerate() {
        input.push_str(&serde_json::json!({"id": format!("t{i}"), "text": t}).to_string());
        input.push('\n');
    }
    let path = scratch("good.jsonl", input.as_bytes());
    let out = run(annotate().arg("--jsonl").arg(&path), None);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = stdout_lines(&out);
    assert_eq!(lines.len(), texts.len());
    let mut checked = 0;
    for (line, text) in lines.iter().zip(texts) {
        assert_eq!(line["text"], text);
        checked += check_spans(text, line, false);
    }
    assert!(checked > 0);
}

#[test]
fn jsonl_from_standard_input() {
    let out = run(
        annotate().args(["--jsonl", "-"]),
        Some(b"{\"id\":\"x\",\"text\":\"Smith said it.\"}\n{oops\n"),
    );
    assert!(!out.status.success());
    assert!(stderr(&out).contains(":2:"), "{}", stderr(&out));
    assert_eq!(stdout_lines(&out).len(), 1);
}
