import QtQuick
import QtQuick.Controls

// A large, high-contrast-aware button. Set accessibleName when the text alone is not enough.
Button {
    id: control
    property bool primary: false
    property string accessibleName: text

    font.family: Theme.fontFamily
    font.pixelSize: Theme.body
    padding: 14
    leftPadding: 28
    rightPadding: 28
    Accessible.role: Accessible.Button
    Accessible.name: accessibleName

    contentItem: Label {
        text: control.text
        font: control.font
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: control.checked ? Theme.selectedText : control.primary ? Theme.accentText : Theme.text
        elide: Text.ElideRight
    }
    background: Rectangle {
        implicitWidth: 64
        implicitHeight: 64
        radius: Theme.radius
        color: control.checked ? Theme.selected : control.primary ? Theme.accent : Theme.surface
        opacity: control.enabled ? (control.down ? 0.8 : 1.0) : 0.5
        border.color: control.visualFocus ? Theme.accent : Theme.border
        border.width: control.visualFocus ? 3 : Theme.borderWidth
    }
}
