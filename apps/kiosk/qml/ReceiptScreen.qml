import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Elect.Kiosk
import Elect.Kiosk.Ui

// Step 5: the vote was counted; the receipt code, large, and as a QR code. It goes back to the start by
// itself after a minute.
Item {
    id: screen
    objectName: "receiptScreen"
    Accessible.role: Accessible.Pane
    Accessible.name: title.text

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        step: qsTr("Step 5 of 5")
    }

    RowLayout {
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom; margins: Theme.margin }
        spacing: Theme.margin
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 16
            Label {
                id: title
                objectName: "screenTitle"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
                text: qsTr("✓ Your vote was counted. Thank you.")
                font.pixelSize: Math.round(44 * Math.min(Theme.scale, 1.25))
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: qsTr("Your receipt code")
                font.pixelSize: Theme.body
                color: Theme.mutedText
            }
            Label {
                objectName: "receiptCode"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                // Groups of five, always left to right, in a font where no two characters look alike.
                text: "\u2066" + KioskController.flow.receipt.slice(0, 5) + " " + KioskController.flow.receipt.slice(5) + "\u2069"
                font.family: "Noto Sans Mono"
                font.pixelSize: Math.round(64 * Theme.scale)
                font.bold: true
                font.letterSpacing: 4
                color: Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Receipt code: %1").arg(KioskController.flow.receipt.split("").join(" "))
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
                text: qsTr("Write the code down or photograph the QR code. With it you can later check that your ballot was counted. It does not show how you voted.")
                color: Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Item { Layout.fillHeight: true }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignLeft
                    wrapMode: Text.Wrap
                    text: qsTr("This screen closes by itself in a minute.")
                    font.pixelSize: Theme.small
                    color: Theme.mutedText
                }
                KioskButton {
                    id: doneButton
                    objectName: "finishButton"
                    primary: true
                    text: qsTr("Finish")
                    accessibleDescription: qsTr("Return to the start for the next voter.")
                    onClicked: KioskController.flow.finish()
                }
            }
        }
        Rectangle {
            Layout.alignment: Qt.AlignVCenter
            implicitWidth: qr.width + 24
            implicitHeight: qr.height + 24
            color: "#ffffff"
            border.color: Theme.border
            border.width: Theme.borderWidth
            radius: 8
            Image {
                id: qr
                objectName: "receiptQr"
                anchors.centerIn: parent
                width: 300
                height: 300
                source: KioskController.flow.receiptQr
                smooth: false
                fillMode: Image.PreserveAspectFit
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("QR code of your receipt code")
            }
        }
    }
    Component.onCompleted: doneButton.forceActiveFocus(Qt.TabFocusReason)
}
