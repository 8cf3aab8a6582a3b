// Yunzhan viewers: 360° panoramas (Photo Sphere Viewer) and 3D models
// (<model-viewer>), from the unmodified files in /static/vendor (see
// vendor/MANIFEST.json). Loaded as <script type="module" src="/static/viewers.js">;
// pages with a panorama also carry the import map that maps "three" (its
// exact text and CSP hash are in MANIFEST.json). Nothing heavy loads until
// the visitor asks: Photo Sphere Viewer and three.js when a panorama is
// opened, model-viewer when a 3D model is (its space is reserved meanwhile,
// so nothing shifts). When a viewer is ready its element gets
// data-ready="true"; on failure data-error="true".

const VENDOR = "/static/vendor/";
const PSV_JS = VENDOR + "photo-sphere-viewer/index.module.js";
const PSV_CSS = VENDOR + "photo-sphere-viewer/index.css";
const MODEL_VIEWER_JS = VENDOR + "model-viewer/model-viewer.min.js";

const zh = document.documentElement.lang === "zh-CN";

// Photo Sphere Viewer's interface texts (its defaults are English).
const PSV_LANG_ZH = {
  zoom: "缩放",
  zoomOut: "缩小",
  zoomIn: "放大",
  moveUp: "向上",
  moveDown: "向下",
  moveLeft: "向左",
  moveRight: "向右",
  description: "说明",
  download: "下载",
  fullscreen: "全屏",
  loading: "加载中…",
  menu: "菜单",
  close: "关闭",
  twoFingers: "请用两根手指移动",
  ctrlZoom: "按住 Ctrl 并滚动以缩放",
  loadError: "无法加载全景图",
  webglError: "您的浏览器似乎不支持 WebGL",
};

// A stylesheet from our own origin (style-src 'self'); Photo Sphere Viewer
// injects no styles of its own, it needs its index.css.
let cssLoaded = null;
function loadCss(href) {
  if (!cssLoaded) {
    cssLoaded = new Promise((resolve, reject) => {
      const existing = document.querySelector(`link[rel="stylesheet"][href="${href}"]`);
      if (existing) {
        resolve();
        return;
      }
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = href;
      link.onload = () => resolve();
      link.onerror = () => reject(new Error("cannot load " + href));
      document.head.appendChild(link);
    });
  }
  return cssLoaded;
}

// The caption is shown by Photo Sphere Viewer as HTML: pass it as text.
function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function setupPanorama(el) {
  const button = el.querySelector("button.panorama-open");
  if (!button || !el.dataset.src || el.dataset.viewer) return;
  el.dataset.viewer = "closed";
  // The thumbnail until the viewer opens (the server may render it already).
  if (el.dataset.poster && !el.querySelector("img")) {
    const img = document.createElement("img");
    img.className = "panorama-poster";
    img.src = el.dataset.poster;
    img.alt = "";
    img.decoding = "async";
    img.loading = "lazy";
    el.insertBefore(img, el.firstChild);
  }
  button.addEventListener("click", () => openPanorama(el, button));
}

async function openPanorama(el, button) {
  if (el.dataset.viewer !== "closed") return;
  el.dataset.viewer = "loading";
  el.setAttribute("aria-busy", "true");
  button.disabled = true;
  delete el.dataset.error;
  let viewer = null;
  try {
    // PSV imports "three" through the page's import map.
    const [{ Viewer }] = await Promise.all([import(PSV_JS), loadCss(PSV_CSS)]);
    const stage = document.createElement("div");
    stage.className = "panorama-stage";
    el.appendChild(stage);
    const caption = el.dataset.caption || "";
    viewer = new Viewer({
      container: stage,
      panorama: el.dataset.src,
      caption: caption ? escapeHtml(caption) : null,
      navbar: ["zoom", "move", "caption", "fullscreen"],
      // The page keeps scrolling with the wheel and one finger.
      mousewheelCtrlKey: true,
      touchmoveTwoFingers: true,
      ...(zh ? { lang: PSV_LANG_ZH } : {}),
    });
    await new Promise((resolve, reject) => {
      viewer.addEventListener("ready", resolve, { once: true });
      viewer.addEventListener("panorama-error", (e) => reject(e.error || new Error("panorama-error")), { once: true });
    });
    for (const img of el.querySelectorAll(":scope > img")) img.remove();
    button.remove();
    el.dataset.viewer = "open";
    el.dataset.ready = "true";
  } catch (err) {
    console.error("panorama:", err);
    if (viewer) viewer.destroy();
    el.querySelector(".panorama-stage")?.remove();
    el.dataset.viewer = "closed";
    el.dataset.error = "true";
    button.disabled = false;
  } finally {
    el.removeAttribute("aria-busy");
  }
}

// model-viewer reads these once, when its module runs. By default it would
// fetch the Draco and KTX2 decoders from www.gstatic.com and the Lottie
// loader from cdn.jsdelivr.net when a model needs them (ours do not). Point
// them at our own origin so nothing goes to third parties; a model that
// needs them then fails cleanly (404) until those files are vendored there,
// which would also need `worker-src 'self' blob:` in the CSP.
let modelViewerLoaded = null;
function loadModelViewer() {
  if (!modelViewerLoaded) {
    self.ModelViewerElement = Object.assign(self.ModelViewerElement || {}, {
      dracoDecoderLocation: VENDOR + "draco/",
      ktx2TranscoderLocation: VENDOR + "basis/",
      lottieLoaderLocation: VENDOR + "three-lottie/LottieLoader.js",
    });
    modelViewerLoaded = import(MODEL_VIEWER_JS);
  }
  return modelViewerLoaded;
}

function setupModel(stage) {
  const button = stage.querySelector("button.model-open");
  if (!button || !stage.dataset.src || stage.dataset.viewer) return;
  stage.dataset.viewer = "closed";
  button.addEventListener("click", () => openModel(stage, button));
}

async function openModel(stage, button) {
  if (stage.dataset.viewer !== "closed") return;
  stage.dataset.viewer = "loading";
  stage.setAttribute("aria-busy", "true");
  button.disabled = true;
  const el = document.createElement("model-viewer");
  // Listen before the element is defined so no event is missed.
  el.addEventListener("load", () => {
    delete el.dataset.error;
    el.dataset.ready = "true";
    stage.removeAttribute("aria-busy");
  });
  el.addEventListener("error", (e) => {
    console.error("model-viewer:", e.detail);
    el.dataset.error = "true";
    stage.removeAttribute("aria-busy");
  });
  for (const [k, v] of Object.entries({
    src: stage.dataset.src,
    alt: stage.dataset.alt || "",
    "camera-controls": "",
    "touch-action": "pan-y",
    ar: "",
    "ar-modes": "webxr scene-viewer quick-look",
    "shadow-intensity": "1",
    tabindex: "0",
  })) {
    el.setAttribute(k, v);
  }
  try {
    await loadModelViewer();
    stage.appendChild(el);
    button.remove();
    stage.dataset.viewer = "open";
    el.focus({ preventScroll: true });
  } catch (err) {
    console.error("model-viewer:", err);
    stage.dataset.viewer = "closed";
    stage.dataset.error = "true";
    stage.removeAttribute("aria-busy");
    button.disabled = false;
    modelViewerLoaded = null;
  }
}

document.querySelectorAll("div.panorama").forEach(setupPanorama);
document.querySelectorAll("div.model-stage").forEach(setupModel);
