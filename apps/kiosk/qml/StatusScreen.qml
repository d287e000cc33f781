import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Elect.Kiosk
import Elect.Kiosk.Ui

// Starting, connecting, reconnecting after a lost connection, or what went wrong and what to do.
Item {
    id: status
    objectName: "statusScreen"
    readonly property bool failed: KioskController.state === KioskController.Failed
    readonly property bool reconnecting: KioskController.state === KioskController.Reconnecting

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 900)
        spacing: 28

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: !status.failed
            visible: running
            Accessible.name: qsTr("Connecting")
        }
        Label {
            objectName: "statusTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            font.pixelSize: Theme.heading
            font.bold: true
            color: status.failed ? Theme.error : Theme.text
            text: status.failed ? qsTr("This kiosk cannot connect")
                                : status.reconnecting ? qsTr("The connection to the election server was lost. Reconnecting…")
                                                      : qsTr("Connecting to the election server…")
            Accessible.role: Accessible.Heading
            Accessible.name: text
            PollWorkerHold {}
        }
        Label {
            objectName: "statusMessage"
            Layout.fillWidth: true
            visible: status.failed
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            color: Theme.text
            text: KioskController.errorMessage
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Label {
            objectName: "statusHelp"
            Layout.fillWidth: true
            visible: status.failed || status.reconnecting
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            color: Theme.mutedText
            font.pixelSize: Theme.small
            text: qsTr("Voters: please ask a poll worker for help.")
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            visible: status.failed
            spacing: 20
            KioskButton {
                objectName: "retryButton"
                primary: true
                text: qsTr("Try again")
                onClicked: KioskController.retry()
            }
            KioskButton {
                objectName: "changeSetupButton"
                text: qsTr("Change kiosk setup")
                accessibleDescription: qsTr("Needs the poll worker's PIN.")
                onClicked: KioskController.showSetup()
            }
        }
    }
}
