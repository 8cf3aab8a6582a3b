use serde_json::{Value, json};
use yz_media::{Kind, MediaError, SampleShape, check_glb, check_gltf, sample_glb, sniff};

/// Assembles a GLB from a JSON value and an optional BIN payload.
fn glb(json: &Value, bin: Option<&[u8]>) -> Vec<u8> {
    let mut j = json.to_string().into_bytes();
    while !j.len().is_multiple_of(4) {
        j.push(b' ');
    }
    let mut body = (j.len() as u32).to_le_bytes().to_vec();
    body.extend_from_slice(b"JSON");
    body.extend(j);
    if let Some(bin) = bin {
        let mut b = bin.to_vec();
        while !b.len().is_multiple_of(4) {
            b.push(0);
        }
        body.extend_from_slice(&(b.len() as u32).to_le_bytes());
        body.extend_from_slice(b"BIN\0");
        body.extend(b);
    }
    let mut out = b"glTF".to_vec();
    out.extend_from_slice(&2u32.to_le_bytes());
    out.extend_from_slice(&((12 + body.len()) as u32).to_le_bytes());
    out.extend(body);
    out
}

/// Splits a GLB back into its JSON.
fn json_of(glb: &[u8]) -> Value {
    let len = u32::from_le_bytes(glb[12..16].try_into().unwrap()) as usize;
    serde_json::from_slice(&glb[20..20 + len]).unwrap()
}

#[test]
fn samples_pass() {
    for shape in SampleShape::ALL {
        let bytes = sample_glb(shape);
        assert_eq!(sniff(&bytes), Some(Kind::Glb));
        let info = check_glb(&bytes).unwrap();
        assert_eq!(info.kind, Kind::Glb);
        assert_eq!((info.meshes, info.nodes, info.materials), (1, 1, 1));
        assert!(info.bin_bytes > 0);
        assert!(bytes.len() < 16 * 1024, "{} bytes", bytes.len());
        let j = json_of(&bytes);
        assert_eq!(j["asset"]["version"], "2.0");
        assert_eq!(j["meshes"][0]["name"], shape.name());
        assert!(j["materials"][0]["pbrMetallicRoughness"]["baseColorFactor"].is_array());
        // Vertex and index counts match the data.
        let boxes = match shape {
            SampleShape::Cube => 1,
            SampleShape::Chair => 6,
            SampleShape::Table => 5,
        };
        assert_eq!(j["accessors"][0]["count"], 24 * boxes);
        assert_eq!(j["accessors"][2]["count"], 36 * boxes);
    }
    // The cube's bounds are a unit cube on the floor.
    let j = json_of(&sample_glb(SampleShape::Cube));
    assert_eq!(j["accessors"][0]["min"], json!([-0.5, 0.0, -0.5]));
    assert_eq!(j["accessors"][0]["max"], json!([0.5, 1.0, 0.5]));
}

#[test]
fn sample_normals_face_outwards() {
    let bytes = sample_glb(SampleShape::Cube);
    let jlen = u32::from_le_bytes(bytes[12..16].try_into().unwrap()) as usize;
    let bin = &bytes[20 + jlen + 8..];
    let f = |i: usize| f32::from_le_bytes(bin[i * 4..i * 4 + 4].try_into().unwrap());
    let vec3 = |base: usize, v: usize| [f(base + v * 3), f(base + v * 3 + 1), f(base + v * 3 + 2)];
    let normals = 24 * 3;
    let indices = 24 * 6 * 4;
    let idx =
        |i: usize| u16::from_le_bytes([bin[indices + i * 2], bin[indices + i * 2 + 1]]) as usize;
    for t in 0..12 {
        let [a, b, c] = [idx(t * 3), idx(t * 3 + 1), idx(t * 3 + 2)].map(|v| vec3(0, v));
        let e1 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
        let e2 = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
        let cross = [
            e1[1] * e2[2] - e1[2] * e2[1],
            e1[2] * e2[0] - e1[0] * e2[2],
            e1[0] * e2[1] - e1[1] * e2[0],
        ];
        let n = vec3(normals, idx(t * 3));
        let dot = cross[0] * n[0] + cross[1] * n[1] + cross[2] * n[2];
        assert!(dot > 0.0, "triangle {t} winds clockwise");
    }
}

#[test]
fn corrupted_headers_fail() {
    let good = sample_glb(SampleShape::Chair);
    let mutate = |at: usize, value: u32| {
        let mut b = good.clone();
        b[at..at + 4].copy_from_slice(&value.to_le_bytes());
        b
    };
    let invalid = |b: &[u8]| matches!(check_glb(b), Err(MediaError::InvalidModel(_)));
    // Magic, version, declared length.
    assert!(invalid(&mutate(0, u32::from_le_bytes(*b"gLTF"))));
    assert!(invalid(&mutate(4, 1)));
    assert!(invalid(&mutate(8, good.len() as u32 + 4)));
    assert!(invalid(&mutate(8, good.len() as u32 - 4)));
    // JSON chunk: length out of bounds, unaligned, wrong type.
    assert!(invalid(&mutate(12, good.len() as u32)));
    assert!(invalid(&mutate(12, 0xFFFF_FFF0)));
    let jlen = u32::from_le_bytes(good[12..16].try_into().unwrap());
    assert!(invalid(&mutate(12, jlen - 2)));
    assert!(invalid(&mutate(16, 0x004E_4942)));
    // BIN chunk out of bounds.
    let bin_at = 20 + jlen as usize;
    let bin_len = u32::from_le_bytes(good[bin_at..bin_at + 4].try_into().unwrap());
    assert!(invalid(&mutate(bin_at, bin_len + 4)));
    assert!(invalid(&mutate(bin_at, u32::MAX)));
    // BIN chunk shorter than buffers[0].byteLength.
    let mut j = json_of(&good);
    j["buffers"][0]["byteLength"] = json!(bin_len + 100);
    assert!(invalid(&glb(&j, Some(&good[bin_at + 8..]))));
    // Buffer view outside its buffer.
    let mut j = json_of(&good);
    j["bufferViews"][2]["byteOffset"] = json!(bin_len);
    assert!(invalid(&glb(&j, Some(&good[bin_at + 8..]))));
    // Missing asset version.
    let mut j = json_of(&good);
    j["asset"]["version"] = json!("1.0");
    assert!(invalid(&glb(&j, Some(&good[bin_at + 8..]))));
    // Truncation anywhere.
    for len in 0..good.len() {
        assert!(check_glb(&good[..len]).is_err(), "len {len}");
    }
}

#[test]
fn external_uris_and_extensions() {
    let base = json!({
        "asset": {"version": "2.0"},
        "buffers": [{"byteLength": 4, "uri": "model.bin"}]
    });
    assert!(matches!(
        check_glb(&glb(&base, None)),
        Err(MediaError::ExternalResource(_))
    ));
    assert!(matches!(
        check_gltf(base.to_string().as_bytes()),
        Err(MediaError::ExternalResource(_))
    ));
    let image = json!({
        "asset": {"version": "2.0"},
        "images": [{"uri": "https://tracker.example/pixel.png"}]
    });
    assert!(matches!(
        check_gltf(image.to_string().as_bytes()),
        Err(MediaError::ExternalResource(_))
    ));

    let embedded = json!({
        "asset": {"version": "2.0", "generator": "test"},
        "buffers": [{"byteLength": 4, "uri": "data:application/octet-stream;base64,AAAAAA=="}],
        "bufferViews": [{"buffer": 0, "byteLength": 4}],
        "meshes": [], "nodes": [{}, {}],
        "extensionsUsed": ["KHR_materials_unlit", "KHR_texture_transform"],
        "extensionsRequired": ["KHR_materials_unlit", "KHR_texture_transform"]
    });
    let text = embedded.to_string();
    assert_eq!(sniff(text.as_bytes()), Some(Kind::Gltf));
    let info = check_gltf(text.as_bytes()).unwrap();
    assert_eq!(info.kind, Kind::Gltf);
    assert_eq!(info.nodes, 2);
    assert_eq!(info.generator.as_deref(), Some("test"));
    assert_eq!(info.extensions_required.len(), 2);
    assert!(check_glb(&glb(&embedded, None)).is_ok());

    let mut needs = embedded.clone();
    needs["extensionsRequired"] = json!(["KHR_texture_basisu"]);
    assert_eq!(
        check_gltf(needs.to_string().as_bytes()),
        Err(MediaError::UnsupportedExtension(
            "KHR_texture_basisu".into()
        ))
    );
    for allowed in [
        "KHR_draco_mesh_compression",
        "EXT_meshopt_compression",
        "KHR_mesh_quantization",
    ] {
        needs["extensionsRequired"] = json!([allowed]);
        assert!(
            check_gltf(needs.to_string().as_bytes()).is_ok(),
            "{allowed}"
        );
    }

    // A .gltf buffer must be a data: URI; a GLB may only omit it for buffer 0.
    let no_uri = json!({"asset": {"version": "2.0"}, "buffers": [{"byteLength": 4}]});
    assert!(check_gltf(no_uri.to_string().as_bytes()).is_err());
    assert!(check_glb(&glb(&no_uri, None)).is_err());
    assert!(check_glb(&glb(&no_uri, Some(&[1, 2, 3, 4]))).is_ok());
    let two = json!({"asset": {"version": "2.0"},
        "buffers": [{"byteLength": 4}, {"byteLength": 4}]});
    assert!(check_glb(&glb(&two, Some(&[1, 2, 3, 4]))).is_err());
}

#[test]
fn gltf_json_sniffing() {
    assert_eq!(sniff(br#"{"asset":{"version":"2.0"}}"#), Some(Kind::Gltf));
    assert_eq!(sniff(br#"{"asset":{"version":"1.0"}}"#), None);
    assert_eq!(sniff(br#"{"asset":{"version":2.0}}"#), None);
    assert_eq!(sniff(br#"{"asset":{"version":"2.0"}"#), None);
    assert!(check_gltf(b"[]").is_err());
    assert!(check_gltf(br#"{"asset":{"version":"2.0"},"buffers":{}}"#).is_err());
    // Deep nesting is refused by the JSON parser, not a stack overflow.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(check_gltf(deep.as_bytes()).is_err());
    assert_eq!(sniff(deep.as_bytes()), None);
}
