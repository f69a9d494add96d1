//! The crate's modules import each other without a circle: a module that
//! uses another never is, directly or through others, used by it. Read
//! from the source: every `crate::`, `super::` and `self::` path, every
//! child module named by its parent, in `use` trees too. Test modules
//! (`#[cfg(test)] mod tests`) are left out. Fails naming the circle.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

type Module = Vec<String>;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// src/a/b.rs → ["a", "b"]; src/a/mod.rs → ["a"]; src/lib.rs → [].
fn module_of(src: &Path, file: &Path) -> Option<Module> {
    let rel = file.strip_prefix(src).ok()?.with_extension("");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.first().map(String::as_str) == Some("bin") {
        return None;
    }
    if parts.last().map(String::as_str) == Some("mod") || parts == ["lib"] {
        parts.pop();
    }
    Some(parts)
}

/// The source without comments, string and char literals, and without
/// `#[cfg(test)]` items.
fn code_only(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        let rest = &text[i..];
        if rest.starts_with("//") {
            i += rest.find('\n').unwrap_or(rest.len());
        } else if rest.starts_with("/*") {
            i += rest.find("*/").map_or(rest.len(), |e| e + 2);
        } else if rest.starts_with("r#\"") || rest.starts_with("r\"") {
            let hashes = rest[1..].bytes().take_while(|b| *b == b'#').count();
            let close = format!("\"{}", "#".repeat(hashes));
            let start = 2 + hashes;
            i += start
                + rest[start..]
                    .find(&close)
                    .map_or(rest.len() - start, |e| e + close.len());
            out.push_str("\"\"");
        } else if bytes[i] == b'"' {
            let mut j = i + 1;
            while j < bytes.len() && bytes[j] != b'"' {
                j += if bytes[j] == b'\\' { 2 } else { 1 };
            }
            i = j + 1;
            out.push_str("\"\"");
        } else if bytes[i] == b'\''
            && rest.len() > 2
            && (rest.as_bytes()[2] == b'\'' || rest.as_bytes()[1] == b'\\')
        {
            // A char literal ('x', '\n', '\u{..}'); lifetimes have no closing quote.
            let end = rest[1..].find('\'').map_or(1, |e| e + 2);
            i += end;
            out.push_str("' '");
        } else {
            let c = rest.chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    // Drop `#[cfg(test)]` items: the attribute and the braced block after it.
    let mut result = String::new();
    let mut rest = out.as_str();
    while let Some(at) = rest.find("#[cfg(test)]") {
        result.push_str(&rest[..at]);
        let after = &rest[at..];
        let open = after.find(['{', ';']).unwrap_or(after.len() - 1);
        if after.as_bytes()[open] == b';' {
            rest = &after[open + 1..];
            continue;
        }
        let mut depth = 0;
        let mut end = after.len();
        for (k, b) in after.bytes().enumerate().skip(open) {
            match b {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = k + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &after[end..];
    }
    result.push_str(rest);
    result
}

/// Every path a `use` tree names: `a::{b, c::{d}}` → a::b, a::c::d.
fn expand(tree: &str, prefix: &str, out: &mut Vec<String>) {
    let tree = tree.trim();
    if let Some(open) = tree.find('{') {
        let head = format!("{prefix}{}", &tree[..open]);
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let mut depth = 0;
        let mut start = 0;
        for (k, b) in inner.bytes().enumerate() {
            match b {
                b'{' => depth += 1,
                b'}' => depth -= 1,
                b',' if depth == 0 => {
                    expand(&inner[start..k], &head, out);
                    start = k + 1;
                }
                _ => {}
            }
        }
        expand(&inner[start..], &head, out);
    } else if !tree.is_empty() {
        let path = tree.split(" as ").next().unwrap().trim();
        out.push(format!("{prefix}{path}"));
    }
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Paths starting with one of `roots` ("crate", "super", "self" or a child
/// module's name) outside `use` statements, plus every path of `use` trees.
fn paths(code: &str, roots: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !code.is_char_boundary(i) {
            i += 1;
            continue;
        }
        let at_word = i == 0 || !is_ident(bytes[i - 1]) && bytes[i - 1] != b':';
        if at_word && code[i..].starts_with("use ") {
            let end = code[i..].find(';').map_or(code.len(), |e| i + e);
            expand(&code[i + 4..end], "", &mut out);
            i = end;
            continue;
        }
        if at_word {
            if let Some(root) = roots
                .iter()
                .find(|r| code[i..].starts_with(&format!("{r}::")))
            {
                let start = i;
                let mut j = i + root.len();
                while code[j..].starts_with("::") && j + 2 < bytes.len() && is_ident(bytes[j + 2]) {
                    j += 2;
                    while j < bytes.len() && is_ident(bytes[j]) {
                        j += 1;
                    }
                }
                out.push(code[start..j].to_owned());
                i = j;
                continue;
            }
        }
        i += 1;
    }
    out
}

fn resolve(
    from: &Module,
    path: &str,
    modules: &BTreeSet<Module>,
    children: &[String],
) -> Option<Module> {
    let mut parts: Vec<&str> = path.split("::").map(str::trim).collect();
    let mut base: Module = match parts.first().copied() {
        Some("crate") => {
            parts.remove(0);
            Vec::new()
        }
        Some("super") => {
            let mut base = from.clone();
            while parts.first() == Some(&"super") {
                parts.remove(0);
                base.pop();
            }
            base
        }
        Some("self") => {
            parts.remove(0);
            from.clone()
        }
        Some(first) if children.iter().any(|c| c == first) => from.clone(),
        _ => return None,
    };
    let mut found = modules.contains(&base).then(|| base.clone());
    for part in parts {
        base.push(part.to_owned());
        if modules.contains(&base) {
            found = Some(base.clone());
        } else {
            break;
        }
    }
    found.filter(|m| m != from && !m.is_empty())
}

#[test]
fn the_crate_has_no_import_circle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let sources: Vec<(Module, String)> = files
        .iter()
        .filter_map(|f| {
            Some((
                module_of(&src, f)?,
                code_only(&fs::read_to_string(f).unwrap()),
            ))
        })
        .collect();
    let modules: BTreeSet<Module> = sources.iter().map(|(m, _)| m.clone()).collect();
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (module, code) in &sources {
        if module.is_empty() {
            continue; // lib.rs declares every module
        }
        let children: Vec<String> = modules
            .iter()
            .filter(|m| m.len() == module.len() + 1 && m.starts_with(module))
            .map(|m| m.last().unwrap().clone())
            .collect();
        let mut roots: Vec<String> = vec!["crate".into(), "super".into(), "self".into()];
        roots.extend(children.iter().cloned());
        for path in paths(code, &roots) {
            if let Some(target) = resolve(module, &path, &modules, &children) {
                edges.entry(module.clone()).or_default().insert(target);
            }
        }
    }
    // Find a circle by depth-first search.
    fn visit(
        m: &Module,
        edges: &BTreeMap<Module, BTreeSet<Module>>,
        state: &mut BTreeMap<Module, u8>,
        stack: &mut Vec<Module>,
    ) -> Option<Vec<Module>> {
        state.insert(m.clone(), 1);
        stack.push(m.clone());
        for next in edges.get(m).into_iter().flatten() {
            match state.get(next).copied().unwrap_or(0) {
                1 => {
                    let at = stack.iter().position(|s| s == next).unwrap();
                    let mut circle = stack[at..].to_vec();
                    circle.push(next.clone());
                    return Some(circle);
                }
                0 => {
                    if let Some(c) = visit(next, edges, state, stack) {
                        return Some(c);
                    }
                }
                _ => {}
            }
        }
        stack.pop();
        state.insert(m.clone(), 2);
        None
    }
    let mut state = BTreeMap::new();
    let mut circles = Vec::new();
    for m in &modules {
        if state.get(m).copied().unwrap_or(0) == 0 {
            let mut stack = Vec::new();
            if let Some(c) = visit(m, &edges, &mut state, &mut stack) {
                circles.push(
                    c.iter()
                        .map(|m| m.join("::"))
                        .collect::<Vec<_>>()
                        .join(" → "),
                );
                break;
            }
        }
    }
    assert!(
        edges.len() > 20,
        "the reader found only {} modules with imports: it is broken",
        edges.len()
    );
    assert!(
        circles.is_empty(),
        "import circles:\n{}",
        circles.join("\n")
    );
}
