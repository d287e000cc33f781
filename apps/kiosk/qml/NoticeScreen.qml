import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Elect.Kiosk
import Elect.Kiosk.Ui

// The session ended for a reason the message gives (already voted, the election closed meanwhile).
Item {
    id: screen
    objectName: "noticeScreen"
    Accessible.role: Accessible.Pane
    Accessible.name: noticeLabel.text

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1000)
        spacing: 32
        Label {
            id: noticeLabel
            objectName: "noticeText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            text: KioskController.flow.message
            font.pixelSize: Theme.heading
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        KioskButton {
            id: doneButton
            objectName: "finishButton"
            Layout.alignment: Qt.AlignHCenter
            primary: true
            text: qsTr("Finish")
            accessibleDescription: qsTr("Return to the start for the next voter.")
            onClicked: KioskController.flow.finish()
        }
    }
    Component.onCompleted: doneButton.forceActiveFocus(Qt.TabFocusReason)
}
