import QtQuick
import QtQuick.Controls
import Elect.Kiosk.Ui

// A large field for digits: ASCII, Arabic-Indic and Eastern Arabic-Indic digits, spaces and dashes, from a
// physical keyboard or the on-screen keypad. Enter submits.
TextField {
    id: field
    property string accessibleName: ""
    property string accessibleDescription: ""
    signal submitted()
    implicitHeight: Math.max(64, Math.round(72 * Math.min(Theme.scale, 1.25)))
    font.pixelSize: Theme.heading
    font.letterSpacing: 2
    color: Theme.text
    horizontalAlignment: Text.AlignHCenter
    inputMethodHints: Qt.ImhDigitsOnly
    validator: RegularExpressionValidator { regularExpression: /[0-9٠-٩۰-۹ \-]*/ }
    activeFocusOnTab: true
    Accessible.role: Accessible.EditableText
    Accessible.name: accessibleName
    Accessible.description: accessibleDescription
    Keys.onReturnPressed: field.submitted()
    Keys.onEnterPressed: field.submitted()
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: field.activeFocus ? Theme.focus : Theme.border
        border.width: field.activeFocus ? 4 : Math.max(2, Theme.borderWidth)
    }
}
