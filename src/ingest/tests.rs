use super::files::{decode, without_extension};
use super::*;

/// A scratch folder with the given files (path, bytes).
fn folder(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        let path = dir.path().join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }
    dir
}

const ARTICLE: &[u8] = b"Kerry met Ban in Cairo on Tuesday.\n";

#[test]
fn article_dates_come_from_a_header_line_only() {
    let rows = [
        ("Date: 2014-07-22\nKerry met Sisi.", Some("2014-07-22")),
        ("date:2014-07-22T09:30:00Z\ntext", Some("2014-07-22")),
        (
            "Gaza talks\n\nDATE: 2013-11-05 10:00\ntext",
            Some("2013-11-05"),
        ),
        ("Gaza talks\n2012-02-29\ntext", Some("2012-02-29")),
        ("Gaza talks\n2013-02-29\ntext", None),
        ("Date: 2014-13-01\ntext", None),
        ("Date: 22 July 2014\ntext", None),
        ("Kerry met Sisi on 2014-07-22.", None),
        ("2014-07-22 was the day Kerry met Sisi.", None),
        ("a\nb\nc\nd\ne\nDate: 2014-07-22", None),
        ("", None),
    ];
    for (text, date) in rows {
        assert_eq!(
            article_date(text).map(|d| d.to_string()).as_deref(),
            date,
            "{text:?}"
        );
    }
}

#[test]
fn decode_table() {
    // (bytes, Ok(text) or the error's message with the path "a.txt")
    let rows: &[(&[u8], std::result::Result<&str, &str>)] = &[
        (b"Hello.", Ok("Hello.")),
        (b"\xEF\xBB\xBFHello.", Ok("Hello.")),
        (b"One.\r\nTwo.\r\n", Ok("One.\r\nTwo.\r\n")),
        (
            "Erdo\u{011F}an spoke.".as_bytes(),
            Ok("Erdo\u{011F}an spoke."),
        ),
        (
            b"abc\0def",
            Err("a.txt: binary file, not a text article (it contains NUL bytes)"),
        ),
        (
            b"caf\xE9 au lait",
            Err("a.txt: not valid UTF-8 text (first bad byte at offset 3)"),
        ),
        (
            b"\xEF\xBB\xBFok \xFF",
            Err("a.txt: not valid UTF-8 text (first bad byte at offset 6)"),
        ),
        (b"", Err("a.txt: empty article (no text)")),
        (b" \r\n\t\n ", Err("a.txt: empty article (no text)")),
        (b"\xEF\xBB\xBF\n", Err("a.txt: empty article (no text)")),
    ];
    for (bytes, expected) in rows {
        let got = decode(Path::new("a.txt"), bytes.to_vec()).map_err(|e| e.to_string());
        let expected = expected.map(str::to_string).map_err(str::to_string);
        assert_eq!(got, expected, "input {:?}", String::from_utf8_lossy(bytes));
    }
}

#[test]
fn crlf_text_splits_into_the_same_sentences_as_lf() {
    let lf = "Kerry met Ban.\n\nHamas rejected the plan.\n";
    let crlf = lf.replace('\n', "\r\n");
    let count = |t: &str| crate::text::segment(t).sentences.len();
    assert_eq!(count(&crlf), count(lf));
    assert_eq!(count(lf), 2);
}

#[test]
fn folder_is_walked_recursively_in_path_order() {
    let dir = folder(&[
        ("b.txt", ARTICLE),
        ("a/z.TXT", ARTICLE),
        ("a/y.txt", ARTICLE),
        ("notes.md", ARTICLE),
        (".hidden/x.txt", ARTICLE),
        ("c.Txt", ARTICLE),
    ]);
    let inputs = read_inputs(&[dir.path().to_path_buf()]).unwrap();
    let ids: Vec<_> = inputs.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["y", "z", "b", "c"]);
    assert!(inputs.skipped.is_empty());
    let first = &inputs.documents[0];
    assert_eq!(
        first.path,
        dir.path().join("a/y.txt").to_string_lossy().into_owned()
    );
    assert_eq!(first.text.as_bytes(), ARTICLE);
}

#[test]
fn shared_stems_get_their_relative_path() {
    let dir = folder(&[
        ("news/001.txt", ARTICLE),
        ("sport/001.txt", ARTICLE),
        ("sport/002.txt", ARTICLE),
    ]);
    let inputs = read_inputs(&[dir.path().to_path_buf()]).unwrap();
    let ids: Vec<_> = inputs.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["news/001", "sport/001", "002"]);
}

#[test]
fn gzipped_articles_have_the_ids_of_their_uncompressed_files() {
    let gz = |text: &[u8]| {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut e, text).unwrap();
        e.finish().unwrap()
    };
    let dir = folder(&[
        ("politics/001.txt.gz", &gz(ARTICLE)),
        ("sport/001.txt", ARTICLE),
        ("sport/002.TXT.GZ", &gz(ARTICLE)),
        ("story.txt.gz", &gz(ARTICLE)),
    ]);
    let inputs = read_inputs(&[dir.path().to_path_buf()]).unwrap();
    let ids: Vec<_> = inputs.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["politics/001", "sport/001", "002", "story"]);
    // named explicitly, and a name that is only `.gz` after a stem
    let dir = folder(&[("story.txt.gz", &gz(ARTICLE)), ("note.gz", &gz(ARTICLE))]);
    let inputs = read_inputs(&[dir.path().join("story.txt.gz"), dir.path().join("note.gz")]);
    let ids: Vec<_> = inputs
        .unwrap()
        .documents
        .into_iter()
        .map(|d| d.id)
        .collect();
    assert_eq!(ids, ["story", "note"]);
}

#[test]
fn ids_stay_unique_across_inputs() {
    let dir = folder(&[
        ("x/a.txt", ARTICLE),
        ("y/a.txt", ARTICLE),
        ("y/a.md", ARTICLE),
    ]);
    let x = dir.path().join("x");
    let y = dir.path().join("y");
    // Same relative path `a` under two folders: the path as given decides.
    let inputs = read_inputs(&[x.clone(), y.clone(), y.join("a.md")]).unwrap();
    let ids: Vec<_> = inputs.documents.iter().map(|d| d.id.clone()).collect();
    let given = |p: &Path| without_extension(p);
    assert_eq!(ids[0], given(&x.join("a.txt")));
    assert_eq!(ids[1], given(&y.join("a.txt")));
    // `y/a.md` and `y/a.txt` have the same path without extension.
    assert_eq!(ids[2], format!("{}~2", given(&y.join("a.md"))));
    let unique: HashSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), 3);
}

#[test]
fn a_file_named_twice_is_read_once() {
    let dir = folder(&[("a.txt", ARTICLE), ("b.txt", ARTICLE)]);
    let a = dir.path().join("a.txt");
    let inputs = read_inputs(&[a.clone(), dir.path().to_path_buf(), a]).unwrap();
    let ids: Vec<_> = inputs.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["a", "b"]);
}

#[test]
fn explicit_file_of_any_extension_is_an_article() {
    let dir = folder(&[("story.md", ARTICLE)]);
    let inputs = read_inputs(&[dir.path().join("story.md")]).unwrap();
    assert_eq!(inputs.documents[0].id, "story");
}

#[test]
fn bad_files_in_a_folder_are_skipped_and_the_rest_is_read() {
    let dir = folder(&[
        ("a.txt", ARTICLE),
        ("b.txt", b"\x00\x01\x02"),
        ("c.txt", b"\xC3("),
        ("d.txt", b"   \n"),
        ("e.txt", ARTICLE),
    ]);
    let inputs = read_inputs(&[dir.path().to_path_buf()]).unwrap();
    let ids: Vec<_> = inputs.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["a", "e"]);
    let skipped: Vec<_> = inputs
        .skipped
        .iter()
        .map(|(p, e)| (p.file_name().unwrap().to_str().unwrap(), e))
        .collect();
    assert_eq!(skipped.len(), 3);
    assert!(matches!(skipped[0], ("b.txt", Error::Binary { .. })));
    assert!(matches!(
        skipped[1],
        ("c.txt", Error::InvalidUtf8 { offset: 0, .. })
    ));
    assert!(matches!(skipped[2], ("d.txt", Error::Empty { .. })));
}

#[test]
fn explicit_bad_inputs_are_errors() {
    let dir = folder(&[("bin.txt", b"a\0b"), ("notes.md", ARTICLE)]);
    let err = |p: PathBuf| read_inputs(&[p]).unwrap_err();
    assert!(matches!(
        err(dir.path().join("missing.txt")),
        Error::NotFound { .. }
    ));
    assert!(matches!(
        err(dir.path().join("bin.txt")),
        Error::Binary { .. }
    ));
    let empty = tempfile::tempdir().unwrap();
    let e = err(empty.path().to_path_buf());
    assert!(matches!(e, Error::NoArticles { .. }));
    assert_eq!(
        e.to_string(),
        format!(
            "{}: no articles in this folder (no .txt, .jsonl, .ndjson or .csv files)",
            empty.path().display()
        )
    );
}

#[test]
fn a_folder_of_only_bad_articles_reports_them_all() {
    let dir = folder(&[("a.txt", b""), ("b.txt", b"\0")]);
    let inputs = read_inputs(&[dir.path().to_path_buf()]).unwrap();
    assert!(inputs.documents.is_empty());
    assert_eq!(inputs.skipped.len(), 2);
}

#[test]
fn reader_input_is_checked_like_a_file() {
    let text = read_reader(Path::new("-"), &b"\xEF\xBB\xBFHamas said no."[..]).unwrap();
    assert_eq!(text, "Hamas said no.");
    let e = read_reader(Path::new("-"), &b""[..]).unwrap_err();
    assert_eq!(e.to_string(), "-: empty article (no text)");
}

#[test]
fn a_100_mb_single_line_file_is_read_under_a_raised_limit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    let line = "Kerry met Ban in Cairo. ".repeat(100 * 1024 * 1024 / 24);
    fs::write(&path, &line).unwrap();
    let e = read_inputs(std::slice::from_ref(&path)).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!(
            "{}: article longer than the limit of 16 MiB (raise it with --max-article-size)",
            path.display()
        )
    );
    let options = ReadOptions {
        max_article_bytes: 128 << 20,
        ..ReadOptions::default()
    };
    let inputs = read_inputs_with(std::slice::from_ref(&path), &options).unwrap();
    assert_eq!(inputs.documents[0].text.len(), line.len());
}

#[test]
fn long_articles_in_a_folder_are_skipped() {
    let dir = folder(&[("a.txt", ARTICLE), ("b.txt", &[b'x'; 2000])]);
    let options = ReadOptions {
        max_article_bytes: 1000,
        ..ReadOptions::default()
    };
    let inputs = read_inputs_with(&[dir.path().to_path_buf()], &options).unwrap();
    assert_eq!(inputs.documents.len(), 1);
    assert!(matches!(
        inputs.skipped[0].1,
        Error::TooLarge { limit: 1000, .. }
    ));
}

#[cfg(unix)]
#[test]
fn fifos_and_devices_are_not_read() {
    let dir = folder(&[("a.txt", ARTICLE)]);
    let fifo = dir.path().join("pipe.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo here: nothing to check
    }
    let inputs = read_inputs(&[dir.path().to_path_buf()]).unwrap();
    assert_eq!(inputs.documents.len(), 1);
    assert_eq!(
        inputs.skipped[0].1.to_string(),
        format!(
            "{}: not a regular file (a FIFO); only regular files are read (pipe a stream \
             to `-`)",
            fifo.display()
        )
    );
    let e = read_inputs(std::slice::from_ref(&fifo)).unwrap_err();
    assert!(matches!(e, Error::NotRegular { what: "a FIFO", .. }));
    let e = read_inputs(&[PathBuf::from("/dev/zero")]).unwrap_err();
    assert!(matches!(
        e,
        Error::NotRegular {
            what: "a character device",
            ..
        }
    ));
}

/// A feed in a scratch folder, read with the default options.
fn feed(name: &str, content: &[u8]) -> (tempfile::TempDir, Inputs) {
    let dir = folder(&[(name, content)]);
    let inputs = read_inputs(&[dir.path().join(name)]).unwrap();
    (dir, inputs)
}

/// The skipped messages without the folder.
fn messages(inputs: &Inputs) -> Vec<String> {
    inputs
        .skipped
        .iter()
        .map(|(path, e)| {
            let dir = format!("{}/", path.parent().unwrap().display());
            e.to_string().replace(&dir, "")
        })
        .collect()
}

#[test]
fn a_nul_in_a_title_makes_the_record_binary_as_one_in_its_text() {
    let jsonl = concat!(
        r#"{"title": "Port\u0000deal", "text": "The mayor signed the deal."}"#,
        "\n",
        r#"{"title": "Port deal", "text": "The mayor\u0000signed."}"#,
        "\n",
        r#"{"title": "Port deal", "text": "The mayor signed the deal."}"#,
        "\n",
    );
    let csv = b"title,text\nPort\0deal,The mayor signed the deal.\nPort deal,The mayor signed.\n";
    // (feed, bytes, records that are binary)
    for (name, bytes, binary) in [
        ("news.jsonl", jsonl.as_bytes(), 2),
        ("news.csv", &csv[..], 1),
    ] {
        let (_dir, inputs) = feed(name, bytes);
        assert_eq!(inputs.documents.len(), 1, "{name}");
        assert!(!inputs.documents[0].text.contains('\0'));
        let bad = messages(&inputs);
        assert_eq!(bad.len(), binary, "{bad:?}");
        let reason = "binary text, not an article (it contains NUL bytes)";
        assert!(bad.iter().all(|m| m.ends_with(reason)), "{bad:?}");
    }
}

#[test]
fn a_jsonl_feed_gives_one_document_per_line_and_reports_bad_lines() {
    let lines = concat!(
        r#"{"id": "a1", "title": "Kerry in Cairo", "text": "Kerry met Ban.", "date": "2014-07-22T09:30:00Z", "url": "http://x/1"}"#,
        "\n",
        "not json\n",
        r#"{"content": "Hamas rejected the plan.", "published": "2014-07-23"}"#,
        "\n\n",
        r#"{"id": 7, "body": "Egypt backed the truce.", "date": "22/07/2014"}"#,
        "\n",
        r#"{"id": "a1", "text": "Qatar backs Hamas."}"#,
        "\n",
        r#"{"id": "x", "summary": "no text"}"#,
        "\n",
        "{\"text\": \"caf\u{e9}\"}\n",
    );
    let mut bytes = lines.as_bytes().to_vec();
    bytes.extend_from_slice(b"{\"text\": \"bad \xff\"}\n");
    let (_dir, inputs) = feed("news.jsonl", &bytes);
    let docs: Vec<_> = inputs
        .documents
        .iter()
        .map(|d| {
            (
                d.id.as_str(),
                d.date.map(|d| d.to_string()),
                d.url.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        docs,
        [
            ("a1", Some("2014-07-22".to_string()), Some("http://x/1")),
            ("news:3", Some("2014-07-23".to_string()), None),
            ("a1~2", None, None),
            ("news:8", None, None),
        ]
    );
    assert_eq!(inputs.documents[0].text, "Kerry in Cairo\n\nKerry met Ban.");
    assert!(inputs.documents[0].path.ends_with("news.jsonl:1"));
    assert_eq!(
        messages(&inputs),
        [
            "news.jsonl:2: invalid JSON: expected ident at line 1 column 2",
            "news.jsonl:5: bad date \"22/07/2014\" in field \"date\" (expected an ISO date \
             such as 2014-07-22 or 2014-07-22T09:30:00Z)",
            "news.jsonl:7: no text (looked for the fields \"text\", \"content\", \"body\"; \
             name it with --text-field)",
            "news.jsonl:9: not valid UTF-8 (first bad byte at column 15)",
        ]
    );
}

#[test]
fn a_gzipped_csv_feed_with_quoted_lines_is_read() {
    use std::io::Write as _;
    let csv = "id,date,title,text\n\
               1,2014-07-22,Talks,\"Kerry met Ban.\nThey spoke of \"\"peace\"\".\"\n\
               2,2014-13-01,,Hamas said no.\n\
               3,,,\n\
               4,2014-07-24,,Egypt backed Kerry.\n";
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(csv.as_bytes()).unwrap();
    let (_dir, inputs) = feed("feed.CSV.gz", &gz.finish().unwrap());
    let docs: Vec<_> = inputs
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d.text.as_str()))
        .collect();
    assert_eq!(
        docs,
        [
            ("1", "Talks\n\nKerry met Ban.\nThey spoke of \"peace\"."),
            ("4", "Egypt backed Kerry."),
        ]
    );
    assert_eq!(
        messages(&inputs),
        [
            "feed.CSV.gz:4: bad date \"2014-13-01\" in field \"date\" (expected an ISO date \
             such as 2014-07-22 or 2014-07-22T09:30:00Z)",
            "feed.CSV.gz:5: empty article (no text in \"text\", \"content\", \"body\")",
        ]
    );
}

#[test]
fn a_csv_without_a_text_column_is_an_error_named_and_skipped_in_a_folder() {
    let dir = folder(&[("index.csv", b"id,name\n1,x\n"), ("a.txt", ARTICLE)]);
    let e = read_inputs(&[dir.path().join("index.csv")]).unwrap_err();
    assert!(e.to_string().ends_with(
        "index.csv: no text column in the CSV header (looked for \"text\", \"content\", \
         \"body\"; name it with --text-field)"
    ));
    let inputs = read_inputs(&[dir.path().to_path_buf()]).unwrap();
    assert_eq!(inputs.documents.len(), 1);
    assert_eq!(inputs.skipped.len(), 1);
}

#[test]
fn a_line_over_the_limit_is_skipped_without_holding_it() {
    let long = format!("{{\"text\": \"{}\"}}\n", "x".repeat(5000));
    let content = format!("{long}{{\"text\": \"Kerry met Ban.\"}}\n");
    let dir = folder(&[("f.ndjson", content.as_bytes())]);
    let options = ReadOptions {
        max_article_bytes: 1000,
        ..ReadOptions::default()
    };
    let inputs = read_inputs_with(&[dir.path().join("f.ndjson")], &options).unwrap();
    assert_eq!(inputs.documents.len(), 1);
    assert_eq!(inputs.documents[0].id, "f:2");
    assert!(messages(&inputs)[0].ends_with(
        "f.ndjson:1: record longer than the limit of 1000 bytes (raise it with \
         --max-article-size)"
    ));
}

#[test]
fn iso_dates_and_times() {
    let rows = [
        ("2014-07-22", Some("2014-07-22")),
        ("2014-07-22T09:30:00Z", Some("2014-07-22")),
        ("2014-07-22T23:30:00.123+02:00", Some("2014-07-22")),
        ("2014-07-22 09:30", Some("2014-07-22")),
        ("2014-07-22T09:30:00-0500", Some("2014-07-22")),
        ("2014-07-22T25:00", None),
        ("2014-07-22Tnoon", None),
        ("2014-02-30", None),
        ("Tue, 22 Jul 2014 09:30:00 GMT", None),
        ("", None),
    ];
    for (text, date) in rows {
        assert_eq!(
            crate::Date::parse_iso(text)
                .map(|d| d.to_string())
                .as_deref(),
            date,
            "{text:?}"
        );
    }
}
