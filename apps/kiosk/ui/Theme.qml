pragma Singleton
import QtQuick

// Colours and sizes of every screen. The app binds contrast, scale and rightToLeft to the voter's
// choices (Main.qml); this module knows nothing of the kiosk's C++ types.
QtObject {
    property bool contrast: false
    property real scale: 1.0
    property bool rightToLeft: false

    readonly property color background: contrast ? "#000000" : "#eef2f7"
    readonly property color surface: contrast ? "#000000" : "#ffffff"
    readonly property color text: contrast ? "#ffffff" : "#17202c"
    readonly property color mutedText: contrast ? "#ffff66" : "#4a5565"
    readonly property color accent: contrast ? "#ffff00" : "#1f3a5f"
    readonly property color accentText: contrast ? "#000000" : "#ffffff"
    readonly property color selected: contrast ? "#ffff00" : "#f5b700"
    readonly property color selectedText: "#000000"
    readonly property color headerText: contrast ? "#ffff00" : "#ffffff"
    readonly property color border: contrast ? "#ffffff" : "#cfd8e3"
    readonly property color running: contrast ? "#00ff66" : "#1e7a3c"
    readonly property color error: contrast ? "#ff9999" : "#a11d1d"
    readonly property color errorSurface: contrast ? "#000000" : "#fdecec"
    readonly property color focus: contrast ? "#00ffff" : "#c2410c"
    readonly property int borderWidth: contrast ? 3 : 1

    // Noto Sans first in both languages, Arabic letters from Noto Sans Arabic (KioskApp::applyLook): a line
    // takes its height from the fonts it uses, and Noto Sans Arabic's is 2.1 times the text size, which set
    // Latin names far apart in Arabic. Sentences that wrap (lineHeight on their Label) bring Arabic lines to
    // about 1.6 times the text size, as Arabic needs more than Latin's 1.36 but not 2.1.
    readonly property string fontFamily: "Noto Sans"
    readonly property real lineHeight: rightToLeft ? 0.75 : 1.0
    readonly property int small: Math.round(20 * scale)
    readonly property int body: Math.round(26 * scale)
    readonly property int heading: Math.round(32 * scale)
    readonly property int display: Math.round(56 * scale)
    readonly property int margin: 40
    readonly property int radius: 14
}
