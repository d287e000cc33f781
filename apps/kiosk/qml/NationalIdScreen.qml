import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Elect.Kiosk
import Elect.Kiosk.Ui

// Step 1: the voter's national id, typed on the keypad or a keyboard.
Item {
    id: screen
    objectName: "nationalIdScreen"
    Accessible.role: Accessible.Pane
    Accessible.name: title.text

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        step: qsTr("Step 1 of 5")
    }

    RowLayout {
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom; margins: Theme.margin }
        spacing: Theme.margin

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 18
            Label {
                id: title
                objectName: "screenTitle"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
                text: qsTr("Enter your national id")
                font.pixelSize: Theme.display * 0.75
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
                text: qsTr("Type the number on your national id card with the keys on the screen or the keyboard, then choose Continue. We will send a code to your phone.")
                color: Theme.mutedText
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            DigitField {
                id: idField
                objectName: "nationalIdField"
                Layout.fillWidth: true
                maximumLength: 32
                focus: true
                accessibleName: qsTr("National id")
                accessibleDescription: qsTr("Digits only. Press Enter when done.")
                onSubmitted: KioskController.flow.submitNationalId(text)
            }
            VoterMessage { Layout.fillWidth: true }
            Item { Layout.fillHeight: true }
            RowLayout {
                Layout.fillWidth: true
                spacing: 16
                KioskButton {
                    objectName: "cancelButton"
                    text: qsTr("Cancel")
                    accessibleName: qsTr("Cancel and return to the start")
                    onClicked: KioskController.flow.finish()
                }
                Item { Layout.fillWidth: true }
                KioskButton {
                    objectName: "continueButton"
                    primary: true
                    text: qsTr("Continue")
                    onClicked: KioskController.flow.submitNationalId(idField.text)
                }
            }
        }
        Keypad {
            Layout.alignment: Qt.AlignVCenter
            field: idField
        }
    }
    Component.onCompleted: idField.forceActiveFocus()
}
