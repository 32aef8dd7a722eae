//! Reading articles: files, folders of `.txt` files, stdin.

/// One news article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Short unique id: the file stem (`gaza-ceasefire-cairo`), or `stdin`.
    pub id: String,
    /// Where it was read from (`-` for stdin).
    pub path: String,
    /// The article text.
    pub text: String,
}

impl Document {
    /// A document from a string (for library use and tests).
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        let id = id.into();
        Document {
            path: id.clone(),
            id,
            text: text.into(),
        }
    }
}
