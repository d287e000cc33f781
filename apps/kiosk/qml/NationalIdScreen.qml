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
        id: body
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: actions.top; margins: Theme.margin }
        anchors.bottomMargin: 16
        spacing: Theme.margin

        // At the largest text size the words may not fit: they scroll, the keypad and the buttons stay.
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
            spacing: 18
            Label {
                id: title
                objectName: "screenTitle"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                text: qsTr("Enter your national id")
                font.pixelSize: Math.round(44 * Math.min(Theme.scale, 1.25))
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
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
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                text: qsTr("Type the number on your national id card with the keys on the screen or the keyboard, then choose Continue. We will send a code to your phone.")
                color: Theme.mutedText
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
        }
        Keypad {
            Layout.alignment: Qt.AlignVCenter
            field: idField
        }
    }
    RowLayout {
        id: actions
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: Theme.margin }
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
    Component.onCompleted: idField.forceActiveFocus()
}
