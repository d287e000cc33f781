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
        id: body
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: actions.top; margins: Theme.margin }
        anchors.bottomMargin: 16
        spacing: Theme.margin
        // At the largest text size the words scroll; the code, the QR code and Finish stay in view.
        Flickable {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: column.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn; visible: scroller.contentHeight > scroller.height + 1 }
        ColumnLayout {
            id: column
            width: scroller.width - 16
            spacing: 16
            Label {
                id: title
                objectName: "screenTitle"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
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
                lineHeight: Theme.lineHeight
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
                font.pixelSize: Math.round(64 * Math.min(Theme.scale, 1.25))
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
                lineHeight: Theme.lineHeight
                text: qsTr("Write the code down or photograph the QR code. With it you can later check that your ballot was counted. It does not show how you voted.")
                // Beside the code and the QR code, the explanation fits at the largest size without scrolling.
                font.pixelSize: Math.round(26 * Math.min(Theme.scale, 1.25))
                color: Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: text
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
                // Large enough to scan from a phone; smaller only when the screen has no room for it.
                width: Math.min(300, body.height - 24)
                height: width
                source: KioskController.flow.receiptQr
                smooth: false
                fillMode: Image.PreserveAspectFit
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("QR code of your receipt code")
            }
        }
    }
    RowLayout {
        id: actions
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: Theme.margin }
        spacing: 16
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
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
    Component.onCompleted: doneButton.forceActiveFocus(Qt.TabFocusReason)
}
