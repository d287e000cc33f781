import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Elect.Kiosk
import Elect.Kiosk.Ui

// Step 2: the six-digit code sent to the voter's phone.
Item {
    id: screen
    objectName: "codeScreen"
    Accessible.role: Accessible.Pane
    Accessible.name: title.text

    // The phone's last digits as the voter reads digits: Arabic-Indic in Arabic, like the keypad.
    readonly property string shownDigits: Theme.rightToLeft
        ? KioskController.flow.phoneDigits.replace(/[0-9]/g, d => "٠١٢٣٤٥٦٧٨٩"[Number(d)])
        : KioskController.flow.phoneDigits

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        step: qsTr("Step 2 of 5")
    }

    RowLayout {
        id: body
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: actions.top; margins: Theme.margin }
        anchors.bottomMargin: 16
        spacing: Theme.margin

        // At the largest text size the words may not fit: they scroll, the keypad and the buttons stay.
        Flickable {
            id: scroller
            objectName: "codeScroller"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: column.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn; visible: scroller.contentHeight > scroller.height + 1 }
        ColumnLayout {
            id: column
            width: scroller.width - 16
            // At the largest size the words take the room: a smaller gap, a heading-sized title, the code's
            // explanation in the small size (still 30 px), so that nothing scrolls out of sight.
            readonly property bool largest: Theme.scale > 1.3
            spacing: largest ? 10 : 18
            Label {
                id: title
                objectName: "screenTitle"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                text: qsTr("Enter the code from the text message")
                font.pixelSize: column.largest ? Theme.heading : Math.round(44 * Math.min(Theme.scale, 1.25))
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            DigitField {
                id: codeField
                objectName: "codeField"
                Layout.fillWidth: true
                maximumLength: 6
                focus: true
                accessibleName: qsTr("Code from the text message")
                accessibleDescription: qsTr("Six digits, sent to the phone ending in %1. Press Enter when done.").arg(screen.shownDigits)
                onSubmitted: KioskController.flow.submitCode(text)
            }
            VoterMessage { Layout.fillWidth: true }
            Label {
                objectName: "codeSentTo"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                // The digits are shown left to right in both languages, as on the phone.
                text: qsTr("A code was sent to the phone ending in %1. It has six digits and works for five minutes.")
                      .arg("\u2066" + screen.shownDigits + "\u2069")
                font.pixelSize: column.largest ? Theme.small : Theme.body
                color: Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
        }
        Keypad {
            Layout.alignment: Qt.AlignVCenter
            field: codeField
        }
    }
    Connections {
        target: KioskController.flow
        // A wrong code is typed again from the start.
        function onMessageChanged() {
            if (KioskController.flow.message.length > 0)
                codeField.text = ""
        }
    }
    Flow {
        id: actions
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: Theme.margin }
        spacing: 16
        KioskButton {
            objectName: "cancelButton"
            text: qsTr("Cancel")
            accessibleName: qsTr("Cancel and return to the start")
            onClicked: KioskController.flow.finish()
        }
        KioskButton {
            objectName: "resendButton"
            enabled: KioskController.flow.resendAvailable && !KioskController.flow.busy
            text: qsTr("Send a new code")
            accessibleDescription: enabled ? "" : qsTr("Available 30 seconds after a code was sent.")
            onClicked: {
                codeField.text = ""
                KioskController.flow.resendCode()
            }
        }
        KioskButton {
            objectName: "continueButton"
            primary: true
            text: qsTr("Continue")
            onClicked: KioskController.flow.submitCode(codeField.text)
        }
    }
    Component.onCompleted: codeField.forceActiveFocus()
}
