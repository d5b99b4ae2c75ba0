//! The gold JSON Lines format of `shared/spec/annotation-scheme.md`: reading it with
//! errors that name the line, and the types both gold files and our output use.
//!
//! Offsets in this format count Unicode scalar values.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldEntity {
    pub start: usize,
    pub end: usize,
    pub label: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldClaim {
    pub kind: String,
    pub cue: GoldSpan,
    pub source: Option<GoldSpan>,
    pub content: GoldSpan,
    #[serde(default)]
    pub direct: bool,
}

/// One article: its text and the layers annotated on it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldArticle {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
    #[serde(default)]
    pub layers: Vec<String>,
    /// Where present, the only entity labels annotated in this article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_labels: Option<Vec<String>>,
    pub text: String,
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    #[serde(default)]
    pub claims: Vec<GoldClaim>,
}

impl GoldArticle {
    pub fn has_layer(&self, layer: &str) -> bool {
        self.layers.iter().any(|l| l == layer)
    }
}

/// What went wrong with one line of a JSON Lines file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineError {
    /// 1-based line number.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Reads each non-blank line of `input` as an article. A bad line becomes an error
/// naming it; the other lines are still read.
pub fn read_articles(input: &[u8]) -> Vec<Result<GoldArticle, LineError>> {
    let mut out = Vec::new();
    for (n, raw) in input.split(|&b| b == b'\n').enumerate() {
        let line = n + 1;
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        out.push(parse_line(raw).map_err(|message| LineError { line, message }));
    }
    out
}

fn parse_line(raw: &[u8]) -> Result<GoldArticle, String> {
    let line = std::str::from_utf8(raw)
        .map_err(|e| format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()))?;
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("not valid JSON ({e})"))?;
    let obj = value.as_object().ok_or("not a JSON object")?;
    match obj.get("text") {
        Some(serde_json::Value::String(_)) => {}
        Some(_) => return Err("\"text\" is not a string".into()),
        None => return Err("no \"text\" field".into()),
    }
    let mut article: GoldArticle = match serde_json::from_value(value.clone()) {
        Ok(a) => a,
        // Unannotated input only needs an id and a text: keep those, drop the rest.
        Err(e) if obj.contains_key("entities") || obj.contains_key("claims") => {
            return Err(format!("bad annotation fields ({e})"))
        }
        Err(_) => GoldArticle {
            id: String::new(),
            origin: None,
            license: None,
            layers: Vec::new(),
            entity_labels: None,
            text: obj["text"].as_str().unwrap_or_default().to_string(),
            entities: Vec::new(),
            claims: Vec::new(),
        },
    };
    if article.id.is_empty() {
        article.id = match obj.get("id") {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(other) => other.to_string(),
            None => String::new(),
        };
    }
    Ok(article)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_lines_are_named_and_good_ones_kept() {
        let input = b"{\"id\":\"a\",\"text\":\"One.\"}\n\nnot json\n{\"id\":\"b\"}\n{\"id\":3,\"text\":\"Two.\"}\n{\"text\":\"\xff\"}\n";
        let read = read_articles(input);
        assert_eq!(read.len(), 5);
        assert_eq!(read[0].as_ref().unwrap().id, "a");
        assert_eq!(read[1].as_ref().unwrap_err().line, 3);
        assert!(read[1]
            .as_ref()
            .unwrap_err()
            .message
            .contains("not valid JSON"));
        assert_eq!(read[2].as_ref().unwrap_err().message, "no \"text\" field");
        assert_eq!(read[3].as_ref().unwrap().id, "3");
        assert!(read[4]
            .as_ref()
            .unwrap_err()
            .message
            .contains("invalid UTF-8"));
    }
}
