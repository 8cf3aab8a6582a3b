//! 3D models: glTF 2.0 as binary GLB or as JSON with embedded buffers.

use crate::bytes::{le32, to_usize};
use crate::error::MediaError;
use crate::kind::Kind;
use serde_json::Value;

/// GLB chunk type of the JSON chunk (`"JSON"` little-endian).
pub(crate) const CHUNK_JSON: u32 = 0x4E4F_534A;
/// GLB chunk type of the binary buffer chunk (`"BIN\0"` little-endian).
pub(crate) const CHUNK_BIN: u32 = 0x004E_4942;

/// Extensions a model may *require* (viewers here, e.g. `<model-viewer>`,
/// support them); `KHR_materials_*` is matched as a prefix.
const ALLOWED_REQUIRED: [&str; 4] = [
    "KHR_texture_transform",
    "KHR_mesh_quantization",
    "KHR_draco_mesh_compression",
    "EXT_meshopt_compression",
];

/// What [`check_glb`] / [`check_gltf`] found in an accepted model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelInfo {
    /// [`Kind::Glb`] or [`Kind::Gltf`].
    pub kind: Kind,
    /// Number of meshes.
    pub meshes: usize,
    /// Number of nodes.
    pub nodes: usize,
    /// Number of materials.
    pub materials: usize,
    /// Number of images (textures' sources).
    pub images: usize,
    /// Bytes in the GLB's BIN chunk (0 for `.gltf` or a GLB without one).
    pub bin_bytes: usize,
    /// `asset.generator`, if given.
    pub generator: Option<String>,
    /// `extensionsRequired` (all on the allow-list).
    pub extensions_required: Vec<String>,
}

/// Checks a binary glTF 2.0 (`.glb`) model served as one self-contained file.
///
/// * 12-byte header: magic `glTF`, version 2, declared length equal to the
///   real length;
/// * first chunk is JSON, 4-byte aligned and in bounds, with
///   `asset.version == "2.0"`; an optional BIN chunk follows, in bounds
///   (unknown chunks after it are skipped, as the spec says);
/// * every `buffers[i].uri` and `images[i].uri` is absent (embedded) or a
///   `data:` URI — external files are [`MediaError::ExternalResource`];
///   only buffer 0 may use the BIN chunk, which must be large enough;
/// * every buffer view lies inside its buffer;
/// * `extensionsRequired` only lists `KHR_materials_*`,
///   `KHR_texture_transform`, `KHR_mesh_quantization`,
///   `KHR_draco_mesh_compression` or `EXT_meshopt_compression`.
pub fn check_glb(bytes: &[u8]) -> Result<ModelInfo, MediaError> {
    let invalid = |m: &str| MediaError::InvalidModel(m.to_owned());
    if bytes.get(..4) != Some(b"glTF".as_slice()) {
        return Err(invalid("missing glTF magic"));
    }
    let version = le32(bytes, 4).ok_or_else(|| invalid("truncated header"))?;
    if version != 2 {
        return Err(invalid("only glTF 2.0 binary files are accepted"));
    }
    let declared = le32(bytes, 8).ok_or_else(|| invalid("truncated header"))?;
    if to_usize(declared) != bytes.len() {
        return Err(invalid("declared length does not match the file length"));
    }
    let json_len = to_usize(le32(bytes, 12).ok_or_else(|| invalid("no JSON chunk"))?);
    if le32(bytes, 16) != Some(CHUNK_JSON) {
        return Err(invalid("first chunk is not JSON"));
    }
    if !json_len.is_multiple_of(4) {
        return Err(invalid("JSON chunk length is not 4-byte aligned"));
    }
    let json_end = 20usize
        .checked_add(json_len)
        .filter(|&e| e <= bytes.len())
        .ok_or_else(|| invalid("JSON chunk exceeds the file"))?;
    let json = bytes.get(20..json_end).unwrap_or(&[]);
    let mut bin: Option<&[u8]> = None;
    let mut at = json_end;
    let mut first = true;
    while at < bytes.len() {
        let (Some(len), Some(kind)) = (le32(bytes, at), le32(bytes, at + 4)) else {
            return Err(invalid("truncated chunk header"));
        };
        let start = at + 8;
        let end = start
            .checked_add(to_usize(len))
            .filter(|&e| e <= bytes.len())
            .ok_or_else(|| invalid("chunk exceeds the file"))?;
        if kind == CHUNK_BIN {
            if !first {
                return Err(invalid("BIN chunk must directly follow the JSON chunk"));
            }
            bin = bytes.get(start..end);
        } else if kind == CHUNK_JSON {
            return Err(invalid("more than one JSON chunk"));
        }
        first = false;
        // Chunks are 4-byte aligned; tolerate a final unpadded chunk.
        at = end.checked_add(3).map_or(end, |e| e & !3);
    }
    let trimmed = trim_padding(json);
    let root: Value = serde_json::from_slice(trimmed)
        .map_err(|e| MediaError::InvalidModel(format!("JSON chunk: {e}")))?;
    inspect(&root, Kind::Glb, bin)
}

/// Checks a JSON glTF 2.0 (`.gltf`) model: `asset.version == "2.0"`, every
/// buffer and image embedded as a `data:` URI (a `.gltf` with external
/// `.bin` or texture files is refused: the platform serves one file), buffer
/// views in bounds and `extensionsRequired` on the allow-list (see
/// [`check_glb`]).
pub fn check_gltf(bytes: &[u8]) -> Result<ModelInfo, MediaError> {
    let text = crate::text::strip_bom(bytes);
    let root: Value =
        serde_json::from_slice(text).map_err(|e| MediaError::InvalidModel(format!("JSON: {e}")))?;
    inspect(&root, Kind::Gltf, None)
}

/// Whether `bytes` is a JSON document with `asset.version == "2.0"`.
pub(crate) fn is_gltf_json(bytes: &[u8]) -> bool {
    serde_json::from_slice::<Value>(crate::text::strip_bom(bytes))
        .is_ok_and(|root| asset_version_ok(&root))
}

fn asset_version_ok(root: &Value) -> bool {
    root.pointer("/asset/version").and_then(Value::as_str) == Some("2.0")
}

/// Drops the space (or, leniently, NUL) padding after a GLB's JSON.
fn trim_padding(json: &[u8]) -> &[u8] {
    let end = json
        .iter()
        .rposition(|&c| c != b' ' && c != 0)
        .map_or(0, |p| p + 1);
    json.get(..end).unwrap_or(&[])
}

/// An optional top-level array (absent → empty; present but not an array → error).
fn array<'a>(root: &'a Value, key: &str) -> Result<&'a [Value], MediaError> {
    match root.get(key) {
        None => Ok(&[]),
        Some(Value::Array(items)) => Ok(items),
        Some(_) => Err(MediaError::InvalidModel(format!("`{key}` is not an array"))),
    }
}

fn is_data_uri(uri: &str) -> bool {
    uri.get(..5)
        .is_some_and(|p| p.eq_ignore_ascii_case("data:"))
}

/// Refuses a `uri` member that is not a `data:` URI; `Ok(true)` if present.
fn check_uri(item: &Value, what: &str) -> Result<bool, MediaError> {
    match item.get("uri") {
        None => Ok(false),
        Some(Value::String(uri)) if is_data_uri(uri) => Ok(true),
        Some(Value::String(uri)) => {
            let shown: String = uri.chars().take(100).collect();
            Err(MediaError::ExternalResource(format!(
                "{what} uri {shown:?}"
            )))
        }
        Some(_) => Err(MediaError::InvalidModel(format!(
            "{what} uri is not a string"
        ))),
    }
}

fn inspect(root: &Value, kind: Kind, bin: Option<&[u8]>) -> Result<ModelInfo, MediaError> {
    let invalid = |m: String| MediaError::InvalidModel(m);
    if !root.is_object() {
        return Err(invalid("top level is not a JSON object".into()));
    }
    if !asset_version_ok(root) {
        return Err(invalid("asset.version must be \"2.0\"".into()));
    }
    let buffers = array(root, "buffers")?;
    let mut buffer_lengths = Vec::with_capacity(buffers.len());
    for (i, buffer) in buffers.iter().enumerate() {
        let len = buffer
            .get("byteLength")
            .and_then(Value::as_u64)
            .ok_or_else(|| invalid(format!("buffers[{i}].byteLength missing")))?;
        let embedded = check_uri(buffer, &format!("buffers[{i}]"))?;
        if embedded {
            // Base64 text is longer than the bytes it encodes.
            let uri_len = buffer
                .get("uri")
                .and_then(Value::as_str)
                .map_or(0, str::len);
            if len > crate::limits::len64(uri_len) {
                return Err(invalid(format!(
                    "buffers[{i}] is shorter than its byteLength"
                )));
            }
        } else {
            let Some(bin) = bin.filter(|_| i == 0) else {
                return Err(invalid(format!("buffers[{i}] has no data")));
            };
            if len > crate::limits::len64(bin.len()) {
                return Err(invalid("BIN chunk is shorter than buffers[0]".into()));
            }
        }
        buffer_lengths.push(len);
    }
    for (i, view) in array(root, "bufferViews")?.iter().enumerate() {
        let num = |k: &str| view.get(k).and_then(Value::as_u64);
        let buffer_len = num("buffer")
            .and_then(|b| buffer_lengths.get(to_usize(b)))
            .ok_or_else(|| invalid(format!("bufferViews[{i}].buffer is invalid")))?;
        let end = num("byteLength")
            .and_then(|l| l.checked_add(num("byteOffset").unwrap_or(0)))
            .ok_or_else(|| invalid(format!("bufferViews[{i}] has no byteLength")))?;
        if end > *buffer_len {
            return Err(invalid(format!("bufferViews[{i}] exceeds its buffer")));
        }
    }
    let images = array(root, "images")?;
    for (i, image) in images.iter().enumerate() {
        check_uri(image, &format!("images[{i}]"))?;
    }
    let mut extensions_required = Vec::new();
    for ext in array(root, "extensionsRequired")? {
        let name = ext
            .as_str()
            .ok_or_else(|| invalid("extensionsRequired holds a non-string".into()))?;
        let allowed = name.starts_with("KHR_materials_") || ALLOWED_REQUIRED.contains(&name);
        if !allowed {
            return Err(MediaError::UnsupportedExtension(
                name.chars().take(100).collect(),
            ));
        }
        extensions_required.push(name.to_owned());
    }
    Ok(ModelInfo {
        kind,
        meshes: array(root, "meshes")?.len(),
        nodes: array(root, "nodes")?.len(),
        materials: array(root, "materials")?.len(),
        images: images.len(),
        bin_bytes: bin.map_or(0, <[u8]>::len),
        generator: root
            .pointer("/asset/generator")
            .and_then(Value::as_str)
            .map(|g| g.chars().take(200).collect()),
        extensions_required,
    })
}
