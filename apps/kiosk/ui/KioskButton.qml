import QtQuick
import QtQuick.Controls

// A large, high-contrast-aware button. Set accessibleName when the text alone is not enough.
// Keyboard: Tab reaches it, Enter and Space press it, the arrow keys move to the previous or next control.
Button {
    id: control
    property bool primary: false
    property string accessibleName: text
    property string accessibleDescription: ""

    font.family: Theme.fontFamily
    font.pixelSize: Theme.body
    padding: 14
    leftPadding: 28
    rightPadding: 28
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: accessibleName
    Accessible.description: accessibleDescription
    Accessible.onPressAction: control.clicked()

    Keys.onReturnPressed: control.clicked()
    Keys.onEnterPressed: control.clicked()
    Keys.onPressed: (event) => {
        const back = event.key === Qt.Key_Up
                     || (event.key === Qt.Key_Left && !Theme.rightToLeft)
                     || (event.key === Qt.Key_Right && Theme.rightToLeft)
        const forward = event.key === Qt.Key_Down
                        || (event.key === Qt.Key_Right && !Theme.rightToLeft)
                        || (event.key === Qt.Key_Left && Theme.rightToLeft)
        if (back || forward) {
            const next = control.nextItemInFocusChain(forward)
            if (next) {
                next.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason)
                event.accepted = true
            }
        }
    }

    contentItem: Label {
        text: control.text
        font: control.font
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        lineHeight: Theme.lineHeight
        color: control.checked ? Theme.selectedText : control.primary ? Theme.accentText : Theme.text
        elide: Text.ElideRight
    }
    background: Rectangle {
        implicitWidth: 64
        implicitHeight: 64
        radius: Theme.radius
        color: control.checked ? Theme.selected : control.primary ? Theme.accent : Theme.surface
        opacity: control.enabled ? (control.down ? 0.8 : 1.0) : 0.5
        border.color: Theme.border
        border.width: Theme.borderWidth

        // The keyboard's focus: a thick ring outside the button, in a colour that differs from its fill.
        Rectangle {
            objectName: "focusRing"
            visible: control.visualFocus
            anchors.fill: parent
            anchors.margins: -6
            radius: Theme.radius + 6
            color: "transparent"
            border.color: Theme.focus
            border.width: 4
        }
    }
}
