import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Elect.Kiosk
import Elect.Kiosk.Ui

// The poll worker paused this kiosk: voters cannot start or leave anything here; only the PIN resumes it.
Item {
    id: screen
    objectName: "pausedScreen"
    Accessible.role: Accessible.Pane
    Accessible.name: pausedTitle.text

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1000)
        spacing: 28
        Label {
            id: pausedTitle
            objectName: "pausedTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("This kiosk is paused")
            font.pixelSize: Theme.display
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
            PollWorkerHold {}
        }
        Label {
            objectName: "pausedText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Voters: please use another kiosk, or ask a poll worker for help.")
            font.pixelSize: Theme.heading
            color: Theme.text
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Label {
            objectName: "kioskName"
            Layout.fillWidth: true
            visible: text.length > 0
            horizontalAlignment: Text.AlignHCenter
            color: Theme.mutedText
            font.pixelSize: Theme.small
            text: KioskController.kioskName
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Kiosk: %1").arg(text)
            PollWorkerHold {}
        }
        KioskButton {
            id: pollWorkerButton
            objectName: "pollWorkerButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: 20
            text: qsTr("Poll worker")
            accessibleDescription: qsTr("Asks for the poll worker's PIN to resume the kiosk.")
            onClicked: KioskController.pollWorker.open()
        }
    }
    // The keyboard's focus shows where Enter goes; the button only asks for the PIN.
    Component.onCompleted: pollWorkerButton.forceActiveFocus(Qt.TabFocusReason)
}
