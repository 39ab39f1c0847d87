/// Colours for HTML outputs that follow the notebook's theme. JupyterLab and Notebook 7 define
/// `--jp-*` CSS variables (light or dark); everywhere else (nbconvert, GitHub, VS Code) the light
/// fallbacks apply. Every HTML block sets both its text and its background colour, so nothing mixes a
/// hard-coded light background with the theme's (possibly white) text. Highlights are translucent
/// tints, which read on either background.
public enum HTMLTheme {
    public static let text = "var(--jp-content-font-color1, #1a1a1a)"
    public static let mutedText = "var(--jp-content-font-color2, #5f5f5f)"
    public static let background = "var(--jp-layout-color0, #ffffff)"
    /// A panel set off from the background (trace steps).
    public static let panel = "var(--jp-layout-color1, #f7f7f7)"
    /// Table headers.
    public static let header = "var(--jp-layout-color2, #eeeeee)"
    /// The empty part of a progress bar.
    public static let track = "var(--jp-layout-color3, #e0e0e0)"
    public static let rule = "var(--jp-border-color2, #e0e0e0)"
    public static let strongRule = "var(--jp-border-color1, #757575)"

    /// Row tints, by meaning.
    public static let parameterTint = "rgba(255, 152, 0, 0.16)"
    public static let inputTint = "rgba(33, 150, 243, 0.13)"
    public static let outputTint = "rgba(76, 175, 80, 0.16)"
    public static let problemTint = "rgba(244, 67, 54, 0.15)"
    public static let warningTint = "rgba(255, 152, 0, 0.13)"

    /// Accents used for borders, bars and symbols (never for body text).
    public static let success = "#2e9d4f"
    public static let failure = "#d93a2b"
    public static let accent = "#1f78d1"

    /// `color` and `background` for a block: the pair every HTML output's outermost element sets.
    public static let colors = "color:\(text);background:\(background);"
}
