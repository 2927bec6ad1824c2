//! Document readers: plain text files, directories (recursively), stdin,
//! JSONL (`id`, `text`, optional `date`, `title`; field names can be
//! changed) and CSV/TSV with a text column.
//!
//! Reading is lazy: [`Reader`] yields one [`Event`] at a time, so memory
//! does not grow with the input. Documents given back after use
//! ([`Reader::recycle`]) lend their buffers to the next ones read. A bad
//! record (not JSON, no text field) yields [`Event::Skip`] naming file and
//! line. Text that is not UTF-8 is read as Windows-1252 when it holds no
//! multi-byte UTF-8 sequence at all (legacy 8-bit files), else repaired
//! with U+FFFD; either is reported with [`Event::Warning`].

use std::borrow::Cow;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::de::{Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::error::Error;
use crate::model::Document;

mod plain_json;
mod utf8;

use plain_json::Plain;

/// Input format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Decide by file extension (stdin: by the first byte).
    Auto,
    /// One document per file.
    Text,
    /// One JSON document per line.
    Jsonl,
    /// CSV with a header row.
    Csv,
    /// TSV with a header row.
    Tsv,
}

/// Field and column names.
#[derive(Clone, Debug)]
pub struct Fields {
    /// Id field.
    pub id: String,
    /// Text field.
    pub text: String,
    /// Date fields, first present wins.
    pub date: Vec<String>,
    /// Title field.
    pub title: String,
}

impl Default for Fields {
    fn default() -> Fields {
        Fields {
            id: "id".into(),
            text: "text".into(),
            date: vec!["date".into(), "publication_date".into()],
            title: "title".into(),
        }
    }
}

/// One step of reading.
#[derive(Debug)]
pub enum Event {
    /// A document.
    Doc(Document),
    /// A document or file that was skipped, with the reason.
    Skip(Error),
    /// A problem that was repaired (invalid UTF-8).
    Warning(String),
}

/// Column indexes of a CSV input: text, id, date, title.
type CsvCols = (usize, Option<usize>, Option<usize>, Option<usize>);

enum Open {
    Lines {
        name: String,
        rdr: Box<dyn BufRead + Send>,
        line: usize,
        /// The line being read, kept from line to line (see
        /// [`LINE_BUFFER_KEPT`]).
        buf: Vec<u8>,
    },
    Csv {
        name: String,
        rdr: csv::Reader<Box<dyn Read + Send>>,
        cols: Option<CsvCols>,
    },
}

/// The largest line buffer kept for the next line of a JSONL input: a
/// longer line's buffer is freed after it, so that one huge document does
/// not hold its memory for the rest of the input.
const LINE_BUFFER_KEPT: usize = 1 << 20;

/// A lazy reader over many inputs.
pub struct Reader {
    pending: VecDeque<PathBuf>,
    format: Format,
    fields: Fields,
    open: Option<Open>,
    queue: VecDeque<Event>,
    spare: Spare,
}

/// Documents given back after use ([`Reader::recycle`]), whose strings the
/// plain JSONL reader fills again for the next documents: a document's
/// id, text, date and title were four allocations where it was read and
/// four frees where it was used (another thread's, in `whosaid extract`:
/// about 3,300 instructions a document in `malloc` and `free`).
#[derive(Default)]
struct Spare {
    docs: Vec<Document>,
    /// The bytes the strings of `docs` hold (their capacities).
    bytes: usize,
}

/// The most documents [`Spare`] keeps (two chunks of `whosaid extract`).
const SPARE_DOCS: usize = 1024;

/// The most bytes the documents [`Spare`] keeps may hold: those given back
/// past it are dropped, so that the buffers kept stay about a chunk's
/// worth whatever the documents. (4 MB raised the peak RSS of
/// `whosaid extract -j 2` on a 201 MB corpus from 38.5 MB, before the
/// buffers were lent back, to 60.5 MB; 1 MB holds it near 49 MB for the
/// same instructions a pass of train, where 512 KB left more documents to
/// allocate.)
const SPARE_BYTES: usize = 1 << 20;

impl Spare {
    /// The bytes of the strings of `d`.
    fn held(d: &Document) -> usize {
        let opt = |s: &Option<String>| s.as_ref().map_or(0, String::capacity);
        d.id.capacity() + d.text.capacity() + opt(&d.date) + opt(&d.title)
    }

    /// Keeps `d` for its buffers, if there is room.
    fn keep(&mut self, d: Document) {
        let n = Spare::held(&d);
        if self.docs.len() < SPARE_DOCS && n <= SPARE_BYTES - self.bytes {
            self.bytes += n;
            self.docs.push(d);
        }
    }

    /// A document kept (its strings' contents are no longer of use), or a
    /// new one.
    fn take(&mut self) -> Document {
        match self.docs.pop() {
            Some(d) => {
                self.bytes -= Spare::held(&d);
                d
            }
            None => Document::default(),
        }
    }
}

/// `s` in the buffer of `buf` if there is one that holds it (cleared),
/// else in a new string of [`plain_json::room_for`] its length.
fn refill(buf: Option<String>, s: &str) -> String {
    let mut b = plain_json::emptied_for(buf.unwrap_or_default(), s.len());
    b.push_str(s);
    b
}

/// The name used for standard input.
pub const STDIN: &str = "-";

/// The format by extension, past a `.gz` (`news.jsonl.gz` is JSONL).
fn ext_format(p: &Path) -> Format {
    let gz = p.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz"));
    let p = if gz {
        Path::new(p.file_stem().unwrap_or_default())
    } else {
        p
    };
    match p
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("jsonl" | "ndjson" | "json") => Format::Jsonl,
        Some("csv") => Format::Csv,
        Some("tsv") => Format::Tsv,
        _ => Format::Text,
    }
}

/// `BufRead::read_until(b'\n')`, with the newline found by `memchr`
/// (vectorized; the standard library's search goes a word at a time).
fn read_line(rdr: &mut dyn BufRead, buf: &mut Vec<u8>) -> io::Result<usize> {
    let mut read = 0;
    loop {
        let avail = match rdr.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let (used, done) = match memchr::memchr(b'\n', avail) {
            Some(k) => (k + 1, true),
            None => (avail.len(), avail.is_empty()),
        };
        buf.extend_from_slice(&avail[..used]);
        rdr.consume(used);
        read += used;
        if done {
            return Ok(read);
        }
    }
}

/// The stream decompressed when it starts with the gzip magic bytes
/// (`.gz` files and gzipped stdin; concatenated members are read on), else
/// as it is.
fn gunzip<R: BufRead + Send + 'static>(mut rdr: R) -> Box<dyn BufRead + Send> {
    let gz = rdr.fill_buf().is_ok_and(|b| b.starts_with(&[0x1F, 0x8B]));
    if gz {
        Box::new(BufReader::with_capacity(
            1 << 16,
            flate2::bufread::MultiGzDecoder::new(rdr),
        ))
    } else {
        Box::new(rdr)
    }
}

fn repair(name: &str, line: usize, bytes: Vec<u8>, queue: &mut VecDeque<Event>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let where_ = if line > 0 {
                format!("{name}:{line}")
            } else {
                name.to_string()
            };
            let bytes = e.into_bytes();
            if legacy_8bit(&bytes) {
                queue.push_back(Event::Warning(format!(
                    "{where_}: not UTF-8, read as Windows-1252"
                )));
                windows_1252(&bytes)
            } else {
                queue.push_back(Event::Warning(format!(
                    "{where_}: invalid UTF-8 repaired with U+FFFD"
                )));
                String::from_utf8_lossy(&bytes).into_owned()
            }
        }
    }
}

/// Whether bytes that are not UTF-8 look like a legacy 8-bit encoding:
/// no valid multi-byte UTF-8 sequence anywhere, so every byte above 0x7F
/// stands for one character (old wire archives and Windows exports in
/// Windows-1252, where 0x93 and 0x94 are the curly double quotes). Text
/// that is UTF-8 with a few damaged bytes keeps its UTF-8 reading.
fn legacy_8bit(bytes: &[u8]) -> bool {
    bytes.utf8_chunks().all(|c| c.valid().is_ascii())
}

/// The characters of Windows-1252 bytes 0x80-0x9F (Latin-1 has C1
/// controls there; the five unassigned bytes keep their C1 code point, as
/// the WHATWG decoder does). Bytes 0xA0-0xFF are the Latin-1 code points.
const CP1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{8D}', '\u{017D}', '\u{8F}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{9D}', '\u{017E}', '\u{0178}',
];

fn windows_1252(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| windows_1252_char(b)).collect()
}

/// The character of one Windows-1252 byte.
pub(crate) fn windows_1252_char(b: u8) -> char {
    match b {
        0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

impl Reader {
    /// A reader over `paths` (files, directories, or `-` for stdin).
    pub fn new(paths: &[PathBuf], format: Format, fields: Fields) -> Reader {
        Reader {
            pending: paths.iter().cloned().collect(),
            format,
            fields,
            open: None,
            queue: VecDeque::new(),
            spare: Spare::default(),
        }
    }

    /// Gives back documents this reader made, after use: their strings'
    /// buffers are filled again by the next documents read from JSONL
    /// lines of the common form, instead of new ones allocated. A few
    /// chunks' worth are kept (the rest dropped); the documents read are
    /// the same either way.
    pub fn recycle(&mut self, docs: impl IntoIterator<Item = Document>) {
        for d in docs {
            self.spare.keep(d);
        }
    }

    fn open_next(&mut self) -> bool {
        let Some(p) = self.pending.pop_front() else {
            return false;
        };
        let name = p.display().to_string();
        if name == STDIN {
            let mut stdin = gunzip(BufReader::with_capacity(1 << 16, io::stdin()));
            let fmt = match self.format {
                Format::Auto => {
                    let first = stdin.fill_buf().ok().and_then(|b| {
                        // (After a byte order mark, if any.)
                        let b = b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b);
                        b.iter().find(|c| !c.is_ascii_whitespace()).copied()
                    });
                    if first == Some(b'{') {
                        Format::Jsonl
                    } else {
                        Format::Text
                    }
                }
                f => f,
            };
            self.open_stream("<stdin>".into(), Box::new(stdin), fmt);
            return true;
        }
        if p.is_dir() {
            let mut entries: Vec<PathBuf> = match std::fs::read_dir(&p) {
                Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
                Err(e) => {
                    self.queue.push_back(Event::Skip(Error::io(&name, e)));
                    return true;
                }
            };
            entries.sort();
            for e in entries.into_iter().rev() {
                let hidden = e
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with('.'));
                if !hidden {
                    self.pending.push_front(e);
                }
            }
            return true;
        }
        let fmt = match self.format {
            Format::Auto => ext_format(&p),
            f => f,
        };
        match File::open(&p) {
            Ok(f) => {
                let rdr = gunzip(BufReader::with_capacity(1 << 16, f));
                self.open_stream(name, rdr, fmt)
            }
            Err(e) => self.queue.push_back(Event::Skip(Error::io(&name, e))),
        }
        true
    }

    fn open_stream(&mut self, name: String, mut rdr: Box<dyn BufRead + Send>, fmt: Format) {
        match fmt {
            Format::Jsonl => {
                self.open = Some(Open::Lines {
                    name,
                    rdr,
                    line: 0,
                    buf: Vec::new(),
                });
            }
            Format::Csv | Format::Tsv => {
                let r: Box<dyn Read + Send> = Box::new(rdr);
                let rdr = csv::ReaderBuilder::new()
                    .delimiter(if fmt == Format::Tsv { b'\t' } else { b',' })
                    .flexible(true)
                    .from_reader(r);
                self.open = Some(Open::Csv {
                    name,
                    rdr,
                    cols: None,
                });
            }
            _ => {
                let mut bytes = Vec::new();
                if let Err(e) = rdr.read_to_end(&mut bytes) {
                    self.queue.push_back(Event::Skip(Error::io(&name, e)));
                    return;
                }
                if let Some(k) = memchr::memchr(0, &bytes) {
                    // An image, archive or program among the articles.
                    self.queue.push_back(Event::Skip(Error::input(
                        &name,
                        0,
                        format!("binary file (a NUL byte at byte {k}), not read as text"),
                    )));
                    return;
                }
                let text = repair(&name, 0, bytes, &mut self.queue);
                self.queue.push_back(Event::Doc(Document {
                    id: name,
                    text,
                    date: None,
                    title: None,
                }));
            }
        }
    }

    fn next_from_open(&mut self) -> Option<Event> {
        let fields = &self.fields;
        let spare = &mut self.spare;
        match self.open.as_mut()? {
            Open::Lines {
                name,
                rdr,
                line,
                buf,
            } => loop {
                *line += 1;
                // A line wholly in the reader's buffer (nearly every line:
                // it holds 64 KB) is read where it lies there, with no copy
                // into `buf` (about 0.4 instructions a byte in `memcpy`);
                // a line across the buffer's end, or the last line without
                // its line break, is copied by `read_line`. An error here
                // is the one `read_line` would meet first.
                match rdr.fill_buf() {
                    Ok(avail) => {
                        if let Some(k) = memchr::memchr(b'\n', avail) {
                            let bytes = &avail[..=k];
                            let ev = (!bytes.iter().all(u8::is_ascii_whitespace)).then(|| {
                                line_event(name, *line, bytes, fields, &mut self.queue, spare)
                            });
                            rdr.consume(k + 1);
                            match ev {
                                Some(ev) => return Some(ev),
                                None => continue,
                            }
                        }
                    }
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => {
                        let ev = Event::Skip(Error::input(name, *line, format!("read error: {e}")));
                        self.open = None;
                        return Some(ev);
                    }
                }
                buf.clear();
                match read_line(rdr, buf) {
                    Ok(0) => {
                        self.open = None;
                        return None;
                    }
                    Ok(_) => {
                        if buf.iter().all(u8::is_ascii_whitespace) {
                            continue;
                        }
                        let ev = line_event(name, *line, buf, fields, &mut self.queue, spare);
                        if buf.capacity() > LINE_BUFFER_KEPT {
                            *buf = Vec::new();
                        }
                        return Some(ev);
                    }
                    Err(e) => {
                        let ev = Event::Skip(Error::input(name, *line, format!("read error: {e}")));
                        self.open = None;
                        return Some(ev);
                    }
                }
            },
            Open::Csv { name, rdr, cols } => {
                if cols.is_none() {
                    let h = match rdr.headers() {
                        Ok(h) => h.clone(),
                        Err(e) => {
                            let ev =
                                Event::Skip(Error::input(name, 1, format!("bad CSV header: {e}")));
                            self.open = None;
                            return Some(ev);
                        }
                    };
                    let find = |f: &str| h.iter().position(|c| c == f);
                    let Some(t) = find(&fields.text) else {
                        let ev = Event::Skip(Error::input(
                            name,
                            1,
                            format!("no `{}` column in the header", fields.text),
                        ));
                        self.open = None;
                        return Some(ev);
                    };
                    let date = fields.date.iter().find_map(|d| find(d));
                    *cols = Some((t, find(&fields.id), date, find(&fields.title)));
                }
                let (t, id, date, title) = cols.expect("set above");
                let mut rec = csv::ByteRecord::new();
                match rdr.read_byte_record(&mut rec) {
                    Ok(false) => {
                        self.open = None;
                        None
                    }
                    Ok(true) => {
                        let line = rec.position().map_or(0, |p| p.line() as usize);
                        let name = name.clone();
                        let get = |i: Option<usize>, q: &mut VecDeque<Event>| {
                            i.and_then(|i| rec.get(i))
                                .map(|b| repair(&name, line, b.to_vec(), q))
                        };
                        let Some(text) = get(Some(t), &mut self.queue) else {
                            return Some(Event::Skip(Error::input(
                                &name,
                                line,
                                format!("missing `{}` cell", fields.text),
                            )));
                        };
                        let id = get(id, &mut self.queue)
                            .filter(|s| !s.is_empty())
                            .unwrap_or_else(|| format!("{name}:{line}"));
                        let date = get(date, &mut self.queue).filter(|s| !s.is_empty());
                        let title = get(title, &mut self.queue).filter(|s| !s.is_empty());
                        Some(Event::Doc(Document {
                            id,
                            text,
                            date,
                            title,
                        }))
                    }
                    Err(e) => {
                        let line = e.position().map_or(0, |p| p.line() as usize);
                        Some(Event::Skip(Error::input(
                            name,
                            line,
                            format!("bad CSV record: {e}"),
                        )))
                    }
                }
            }
        }
    }
}

/// The event of one JSONL line (not blank). The common line, a plain
/// object of strings, is read from its bytes, its UTF-8 checked on the way
/// (`plain_json`); any other line is parsed where it lies when it is UTF-8
/// (nearly always), else repaired from a copy with a warning queued, by
/// the general paths of [`parse_json_doc`] (the plain reader, a function
/// of the line's bytes, is not asked again).
fn line_event(
    name: &str,
    line: usize,
    bytes: &[u8],
    fields: &Fields,
    queue: &mut VecDeque<Event>,
    spare: &mut Spare,
) -> Event {
    let plain = bytes.strip_prefix(BOM.as_bytes()).unwrap_or(bytes);
    if let Some(doc) = parse_json_plain(name, line, plain, fields, spare) {
        return Event::Doc(doc);
    }
    match std::str::from_utf8(plain) {
        Ok(s) => parse_json_general(name, line, s, fields),
        Err(_) => {
            // (Repaired with the mark, as it was read, then taken off.)
            let s = repair(name, line, bytes.to_vec(), queue);
            parse_json_general(name, line, s.strip_prefix(BOM).unwrap_or(&s), fields)
        }
    }
}

/// The byte order mark, which may open a file (or a line: files joined
/// with `cat`) and is no part of the JSON.
const BOM: &str = "\u{feff}";

/// Parses one JSONL line into a document (or a skip naming file:line).
pub fn parse_json_doc(name: &str, line: usize, s: &str, fields: &Fields) -> Event {
    let s = s.strip_prefix(BOM).unwrap_or(s);
    if let Some(doc) = parse_json_plain(name, line, s.as_bytes(), fields, &mut Spare::default()) {
        return Event::Doc(doc);
    }
    parse_json_general(name, line, s, fields)
}

/// [`parse_json_doc`] past the plain reader, for a line `s` without its
/// byte order mark: the typed serde path, then a `serde_json::Value`, which
/// names what is wrong.
fn parse_json_general(name: &str, line: usize, s: &str, fields: &Fields) -> Event {
    if let Some(doc) = parse_json_fast(name, line, s, fields) {
        return Event::Doc(doc);
    }
    let v: serde_json::Value = match serde_json::from_str(s) {
        Ok(v) => v,
        Err(e) => return Event::Skip(Error::input(name, line, format!("not JSON: {e}"))),
    };
    let Some(obj) = v.as_object() else {
        return Event::Skip(Error::input(name, line, "not a JSON object"));
    };
    let Some(text) = obj.get(&fields.text).and_then(|t| t.as_str()) else {
        return Event::Skip(Error::input(
            name,
            line,
            format!("no string field `{}`", fields.text),
        ));
    };
    let id = match obj.get(&fields.id) {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => format!("{name}:{line}"),
    };
    let date = fields
        .date
        .iter()
        .find_map(|d| obj.get(d).and_then(|v| v.as_str()))
        .map(|d| d.get(..10).unwrap_or(d).to_string());
    let title = obj
        .get(&fields.title)
        .and_then(|v| v.as_str())
        .map(str::to_string);
    Event::Doc(Document {
        id,
        text: text.to_string(),
        date,
        title,
    })
}

/// A JSON value as the document fields need it: a string (borrowed when
/// it has no escapes), a number, or anything else. Parsed with
/// `deserialize_any` throughout, so it accepts exactly what a
/// `serde_json::Value` accepts (numbers are range-checked alike).
enum Val<'a> {
    Str(Cow<'a, str>),
    Num,
    Other,
}

impl<'de> Deserialize<'de> for Val<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ValVisitor)
    }
}

struct ValVisitor;

impl<'de> Visitor<'de> for ValVisitor {
    type Value = Val<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Val<'de>, E> {
        Ok(Val::Str(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Val<'de>, E> {
        Ok(Val::Str(Cow::Owned(v.to_string())))
    }
    fn visit_string<E>(self, v: String) -> Result<Val<'de>, E> {
        Ok(Val::Str(Cow::Owned(v)))
    }
    fn visit_u64<E>(self, _: u64) -> Result<Val<'de>, E> {
        Ok(Val::Num)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Val<'de>, E> {
        Ok(Val::Num)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Val<'de>, E> {
        Ok(Val::Num)
    }
    fn visit_bool<E>(self, _: bool) -> Result<Val<'de>, E> {
        Ok(Val::Other)
    }
    fn visit_unit<E>(self) -> Result<Val<'de>, E> {
        Ok(Val::Other)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Val<'de>, A::Error> {
        while a.next_element::<Val>()?.is_some() {}
        Ok(Val::Other)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Val<'de>, A::Error> {
        while a.next_key::<Val>()?.is_some() {
            a.next_value::<Val>()?;
        }
        Ok(Val::Other)
    }
}

/// The fields of one JSONL document, borrowed from the line where
/// possible. Parsed as a map; a later duplicate key replaces an earlier
/// one, as in a `serde_json::Value` object.
struct DocFields<'a, 'f> {
    fields: &'f Fields,
    id: Option<Val<'a>>,
    text: Option<Val<'a>>,
    title: Option<Val<'a>>,
    /// One entry per `fields.date`.
    date: Vec<Option<Val<'a>>>,
}

impl<'de> DeserializeSeed<'de> for &mut DocFields<'de, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for &mut DocFields<'de, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<(), A::Error> {
        while let Some(key) = a.next_key::<Val>()? {
            let Val::Str(key) = key else {
                return Err(serde::de::Error::custom("key not a string"));
            };
            let val: Val = a.next_value()?;
            let f = self.fields;
            let key = &*key;
            let slot = |v: &Val<'de>| match v {
                Val::Str(s) => Val::Str(s.clone()),
                Val::Num => Val::Num,
                Val::Other => Val::Other,
            };
            if key == f.id {
                self.id = Some(slot(&val));
            }
            if key == f.title {
                self.title = Some(slot(&val));
            }
            for (d, name) in self.date.iter_mut().zip(&f.date) {
                if key == name.as_str() {
                    *d = Some(slot(&val));
                }
            }
            if key == f.text {
                self.text = Some(val);
            }
        }
        Ok(())
    }
}

/// [`parse_json_doc`] for the common line, an object of strings only,
/// read without serde (see [`plain_json`]): `None` for anything else,
/// which the serde paths then handle and report.
fn parse_json_plain(
    name: &str,
    line: usize,
    s: &[u8],
    fields: &Fields,
    spare: &mut Spare,
) -> Option<Document> {
    // The strings are written into the buffers of a document given back
    // (`Reader::recycle`), when there is one: the text decoded into its
    // text buffer, the rest copied.
    let mut doc = spare.take();
    let mut room = std::mem::take(&mut doc.text);
    let text = match plain_json::parse(s, fields, &mut room) {
        Some(Plain {
            id,
            text: Some(text),
            title,
            date,
        }) => {
            let text = match text {
                Cow::Owned(t) => t,
                Cow::Borrowed(t) => refill(Some(room), t),
            };
            match id {
                Some(id) => doc.id = refill(Some(std::mem::take(&mut doc.id)), &id),
                None => {
                    use std::fmt::Write;
                    doc.id.clear();
                    // (Writing to a `String` cannot fail.)
                    let _ = write!(doc.id, "{name}:{line}");
                }
            }
            doc.date = date.map(|d| refill(doc.date.take(), d.get(..10).unwrap_or(&d)));
            doc.title = title.map(|t| refill(doc.title.take(), &t));
            text
        }
        _ => {
            doc.text = room;
            spare.keep(doc);
            return None;
        }
    };
    doc.text = text;
    Some(doc)
}

/// [`parse_json_doc`] without a `serde_json::Value`: `None` for anything
/// unusual (not JSON, not an object, no string text, a number as the id),
/// which the `Value` path then handles and reports.
fn parse_json_fast(name: &str, line: usize, s: &str, fields: &Fields) -> Option<Document> {
    let mut doc = DocFields {
        fields,
        id: None,
        text: None,
        title: None,
        date: (0..fields.date.len()).map(|_| None).collect(),
    };
    let mut de = serde_json::Deserializer::from_str(s);
    (&mut doc).deserialize(&mut de).ok()?;
    de.end().ok()?;
    let Some(Val::Str(text)) = doc.text else {
        return None;
    };
    let id = match doc.id {
        Some(Val::Str(s)) => s.into_owned(),
        Some(Val::Num) => return None,
        _ => format!("{name}:{line}"),
    };
    let date = doc.date.into_iter().find_map(|d| match d {
        Some(Val::Str(d)) => Some(d.get(..10).unwrap_or(&d).to_string()),
        _ => None,
    });
    let title = match doc.title {
        Some(Val::Str(t)) => Some(t.into_owned()),
        _ => None,
    };
    Some(Document {
        id,
        text: text.into_owned(),
        date,
        title,
    })
}

impl Iterator for Reader {
    type Item = Event;

    fn next(&mut self) -> Option<Event> {
        loop {
            if let Some(e) = self.queue.pop_front() {
                return Some(e);
            }
            if self.open.is_some() {
                if let Some(e) = self.next_from_open() {
                    // Warnings found while reading come first.
                    if let Some(w) = self.queue.pop_front() {
                        self.queue.push_back(e);
                        return Some(w);
                    }
                    return Some(e);
                }
                continue;
            }
            if !self.open_next() {
                return None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The events of JSONL `bytes` read through a buffer of `cap` bytes.
    fn events_through(bytes: &[u8], cap: usize) -> Vec<String> {
        let mut r = Reader::new(&[], Format::Jsonl, Fields::default());
        let rdr = BufReader::with_capacity(cap, io::Cursor::new(bytes.to_vec()));
        r.open_stream("t.jsonl".into(), Box::new(rdr), Format::Jsonl);
        r.map(|e| format!("{e:?}")).collect()
    }

    #[test]
    fn lines_in_the_buffer_read_as_lines_copied() {
        // A buffer of one byte holds no line but a bare line break, so
        // nearly every line is copied by `read_line`; the larger buffers
        // read most lines where they lie and cut others at their ends.
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..200 {
            let mut v = Vec::new();
            let mut r = crate::next_random(&mut x);
            for k in 0..(r % 7) {
                r /= 7;
                let line: &[u8] = match r % 9 {
                    0 => b"",
                    1 => b"  \t",
                    2 => b"{\"id\":\"a\",\"text\":\"The mayor said \\\"no\\\".\"}",
                    3 => "{\"text\":\"\u{201c}Yes,\u{201d} she said.\"}".as_bytes(),
                    4 => b"{\"text\":\"caf\xe9 \x93x\x94\"}",
                    5 => b"{\"text\":\"a\xe2\x80\x9c\xff\"}",
                    6 => b"not json",
                    7 => b"{\"text\":\"x\"}\r",
                    _ => b"{\"id\":\"long\",\"text\":\"A longer line, of more bytes than the small buffers hold, said the mayor.\"}",
                };
                r /= 9;
                v.extend_from_slice(line);
                // The last line goes with or without its line break.
                if k + 1 < x % 7 || r.is_multiple_of(2) {
                    v.push(b'\n');
                }
            }
            let plain = events_through(&v, 1);
            for cap in [2, 7, 16, 40, 64, 100, 1 << 16] {
                assert_eq!(events_through(&v, cap), plain, "{cap} {v:?}");
            }
        }
    }

    #[test]
    fn plain_json_reads_as_the_serde_path() {
        let f = Fields::default();
        for s in [
            r#"{"id": "a", "text": "The \"mayor\" said.\n\nOK \u00e9\ud83d\ude00", "title": "T\/x"}"#,
            r#"{"text":"x","publication_date":"2016-09-12T10:00","source":"s\"q"}"#,
            r#"{"text":"x","publication_date":"2016-0\u00e9-12T10:00"}"#,
            r#"{"id":"","text":"","id":"second"}"#,
            r#"{"text":"only"}"#,
        ] {
            let plain = parse_json_plain("a.jsonl", 1, s.as_bytes(), &f, &mut Spare::default());
            assert!(plain.is_some(), "{s}");
            assert_eq!(plain, parse_json_fast("a.jsonl", 1, s, &f), "{s}");
        }
    }

    #[test]
    fn dates_are_the_first_name_present_as_in_the_serde_path() {
        // Date names repeated and in either order, keys repeated: the
        // plain reader (one value kept, by the index of its name) reads
        // the date the serde path reads (the first name present, its last
        // value).
        let names = ["date", "publication_date", "date"];
        let keys = ["date", "publication_date", "x"];
        for a in 0..27 {
            let line: Vec<String> = (0..3)
                .map(|k| {
                    let key = keys[a / 3usize.pow(k) % 3];
                    format!("\"{key}\":\"2016-0{k}-1{a}T10\"")
                })
                .collect();
            let s = format!("{{\"text\":\"t\",{}}}", line.join(","));
            for rotate in 0..3 {
                for n in 0..=3 {
                    let mut date: Vec<String> = names.iter().map(|d| d.to_string()).collect();
                    date.rotate_left(rotate);
                    date.truncate(n);
                    let f = Fields {
                        date,
                        ..Fields::default()
                    };
                    let plain =
                        parse_json_plain("a.jsonl", 1, s.as_bytes(), &f, &mut Spare::default());
                    assert!(plain.is_some(), "{s}");
                    assert_eq!(
                        plain,
                        parse_json_fast("a.jsonl", 1, &s, &f),
                        "{s} {rotate} {n}"
                    );
                }
            }
        }
    }

    #[test]
    fn documents_read_into_recycled_buffers_are_the_same() {
        // Lines with and without escapes, ids, dates and titles, read into
        // the buffers of documents given back (larger, smaller, with and
        // without a date or title), give the documents read into new ones.
        let lines = [
            r#"{"id":"a","text":"The \"mayor\" said.\n\nOK","title":"T","date":"2016-09-12T10"}"#,
            r#"{"text":"short"}"#,
            r#"{"id":"a much longer id than the one before it, past sixteen","text":"A longer text without escapes, of more bytes than the buffers before it had room for."}"#,
            r#"{"id":"b","text":"\u00e9\ud83d\ude00 \/","title":"a title longer than the first one","publication_date":"2017"}"#,
            r#"{"text":"x","text":"second \"text\" wins"}"#,
            r#"{"id":"c","text":"not a plain line","n":1}"#,
        ];
        let f = Fields::default();
        let fresh: Vec<Option<Document>> = lines
            .iter()
            .enumerate()
            .map(|(n, s)| parse_json_plain("a.jsonl", n, s.as_bytes(), &f, &mut Spare::default()))
            .collect();
        assert!(fresh[..5].iter().all(Option::is_some) && fresh[5].is_none());
        let mut spare = Spare::default();
        for round in 0..4 {
            for (n, s) in lines.iter().enumerate() {
                let got = parse_json_plain("a.jsonl", n, s.as_bytes(), &f, &mut spare);
                assert_eq!(got, fresh[n], "{round} {s}");
                // Given back at once (the next line reuses it) or in a
                // batch after the round (the lines reuse them in reverse).
                if let Some(d) = got {
                    if round % 2 == 0 {
                        spare.keep(d);
                    } else {
                        spare.bytes += Spare::held(&d);
                        spare.docs.insert(0, d);
                    }
                }
            }
            let held: usize = spare.docs.iter().map(Spare::held).sum();
            assert_eq!(spare.bytes, held);
        }
        // A reader given its documents back reads the same events.
        let mut v: Vec<u8> = Vec::new();
        for s in lines.iter().cycle().take(40) {
            v.extend_from_slice(s.as_bytes());
            v.push(b'\n');
        }
        let plain = events_through(&v, 1 << 16);
        let mut r = Reader::new(&[], Format::Jsonl, Fields::default());
        let rdr = BufReader::with_capacity(1 << 16, io::Cursor::new(v));
        r.open_stream("t.jsonl".into(), Box::new(rdr), Format::Jsonl);
        let mut got = Vec::new();
        while let Some(e) = r.next() {
            got.push(format!("{e:?}"));
            if let Event::Doc(d) = e {
                r.recycle([d]);
            }
        }
        assert_eq!(got, plain);
    }

    #[test]
    fn spare_documents_are_bounded() {
        let doc = |n: usize| Document {
            text: String::with_capacity(n),
            ..Document::default()
        };
        let mut spare = Spare::default();
        for _ in 0..SPARE_DOCS + 5 {
            spare.keep(doc(1));
        }
        assert_eq!(spare.docs.len(), SPARE_DOCS);
        let mut spare = Spare::default();
        spare.keep(doc(SPARE_BYTES + 1));
        assert!(spare.docs.is_empty());
        spare.keep(doc(SPARE_BYTES - 10));
        spare.keep(doc(20));
        spare.keep(doc(10));
        assert_eq!(spare.docs.len(), 2);
        assert_eq!(spare.bytes, SPARE_BYTES);
        let d = spare.take();
        assert_eq!(spare.bytes, SPARE_BYTES - Spare::held(&d));
        spare.take();
        assert_eq!((spare.bytes, spare.docs.len()), (0, 0));
        assert_eq!(spare.take(), Document::default());
    }

    #[test]
    fn a_byte_order_mark_before_a_json_line_is_skipped() {
        let f = Fields::default();
        match parse_json_doc("a.jsonl", 1, "\u{feff}{\"id\":\"b\",\"text\":\"t\"}", &f) {
            Event::Doc(d) => assert_eq!((d.id.as_str(), d.text.as_str()), ("b", "t")),
            e => panic!("{e:?}"),
        }
    }

    #[test]
    fn legacy_8bit_text_reads_as_windows_1252() {
        let mut q = VecDeque::new();
        let s = repair(
            "a.txt",
            0,
            b"\x93We are done,\x94 caf\xe9 \x80".to_vec(),
            &mut q,
        );
        assert_eq!(s, "\u{201C}We are done,\u{201D} caf\u{e9} \u{20AC}");
        assert!(
            matches!(&q[0], Event::Warning(w) if w == "a.txt: not UTF-8, read as Windows-1252")
        );
        // UTF-8 with one damaged byte keeps its UTF-8 letters.
        q.clear();
        let s = repair(
            "b.jsonl",
            7,
            "caf\u{e9} \u{201C}x".bytes().chain([0xFF]).collect(),
            &mut q,
        );
        assert_eq!(s, "caf\u{e9} \u{201C}x\u{FFFD}");
        assert!(matches!(&q[0], Event::Warning(w) if w.starts_with("b.jsonl:7: invalid UTF-8")));
        // Every byte 0x80-0xFF gives one character.
        let all: Vec<u8> = (0x80..=0xFF).collect();
        assert_eq!(windows_1252(&all).chars().count(), 128);
    }

    #[test]
    fn json_line_errors_name_file_and_line() {
        let f = Fields::default();
        match parse_json_doc("a.jsonl", 3, "{\"id\": 1}", &f) {
            Event::Skip(e) => assert!(e.to_string().starts_with("a.jsonl:3:"), "{e}"),
            e => panic!("{e:?}"),
        }
        match parse_json_doc("a.jsonl", 4, "{nope", &f) {
            Event::Skip(e) => assert!(e.to_string().contains("not JSON")),
            e => panic!("{e:?}"),
        }
        match parse_json_doc(
            "a.jsonl",
            5,
            r#"{"id":"x","text":"é","publication_date":"2016-09-12T10:00"}"#,
            &f,
        ) {
            Event::Doc(d) => {
                assert_eq!(d.id, "x");
                assert_eq!(d.date.as_deref(), Some("2016-09-12"));
            }
            e => panic!("{e:?}"),
        }
    }
}
