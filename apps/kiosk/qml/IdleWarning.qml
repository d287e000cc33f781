import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Elect.Kiosk
import Elect.Kiosk.Ui

// "Are you still there?": shown by the C++ inactivity guard; any key or touch keeps the session.
Rectangle {
    id: overlay
    objectName: "idleWarning"
    visible: KioskController.flow.inactivity.warning
    color: Theme.contrast ? "#e6000000" : "#cc17202c"
    MouseArea { anchors.fill: parent; onClicked: KioskController.flow.inactivity.poke() }
    // The keyboard's focus comes back where it was (the code field, a card), so that typing goes on there.
    property Item focusBefore: null
    onVisibleChanged: {
        if (visible) {
            focusBefore = Window.activeFocusItem
            stillHere.forceActiveFocus(Qt.TabFocusReason)
        } else if (focusBefore && focusBefore.visible) {
            focusBefore.forceActiveFocus(Qt.TabFocusReason)
            focusBefore = null
        }
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 900)
        height: column.implicitHeight + 64
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: Math.max(3, Theme.borderWidth)
        ColumnLayout {
            id: column
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 32 }
            spacing: 20
            Label {
                objectName: "idleTitle"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                text: qsTr("Are you still there?")
                font.pixelSize: Theme.heading
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text + " " + idleText.text
            }
            Label {
                id: idleText
                objectName: "idleText"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                text: qsTr("To keep your vote private, this session ends in %n second(s). Touch the screen or press any key to go on.",
                           "", KioskController.flow.inactivity.secondsLeft)
                color: Theme.text
            }
            KioskButton {
                id: stillHere
                objectName: "stillHereButton"
                Layout.alignment: Qt.AlignHCenter
                primary: true
                text: qsTr("I am still here")
                onClicked: KioskController.flow.inactivity.poke()
            }
        }
    }
}
