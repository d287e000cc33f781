import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Elect.Kiosk
import Elect.Kiosk.Ui

// The poll worker's PIN prompt and menu, over the whole window: nothing of the screen below shows through.
Rectangle {
    id: panel
    objectName: "pollWorkerPanel"
    readonly property var gate: KioskController.pollWorker
    readonly property bool prompting: gate.view === PollWorkerGate.Prompt
    readonly property bool noPin: gate.view === PollWorkerGate.NoPin
    readonly property bool menu: gate.view === PollWorkerGate.Menu
    visible: gate.view !== PollWorkerGate.Hidden
    color: Theme.background
    Accessible.role: Accessible.Dialog
    Accessible.name: title.text
    MouseArea { anchors.fill: parent }

    function focusFirst() {
        if (prompting)
            pinField.forceActiveFocus()
        else if (menu)
            resumeButton.forceActiveFocus(Qt.TabFocusReason)
        else if (noPin)
            setUpButton.forceActiveFocus(Qt.TabFocusReason)
    }
    onVisibleChanged: if (visible) { pinField.text = ""; focusFirst() }
    Connections {
        target: panel.gate
        function onChanged() {
            if (panel.visible && !panel.gate.busy && (!panel.prompting || !pinField.activeFocus))
                panel.focusFirst()
        }
    }

    Rectangle {
        id: card
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1000)
        height: Math.min(parent.height - 2 * Theme.margin, column.implicitHeight + 64)
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: Math.max(2, Theme.borderWidth)

        ColumnLayout {
            id: column
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 32 }
            spacing: 20

            Label {
                id: title
                objectName: "pollWorkerTitle"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
                text: panel.menu ? qsTr("Poll worker's menu") : qsTr("Poll worker")
                font.pixelSize: Theme.heading
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            // The PIN prompt.
            RowLayout {
                visible: panel.prompting
                Layout.fillWidth: true
                spacing: Theme.margin
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: 16
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        wrapMode: Text.Wrap
                        text: qsTr("Enter the poll worker's PIN, then press Enter or choose OK.")
                        color: Theme.text
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    DigitField {
                        id: pinField
                        objectName: "pinField"
                        Layout.fillWidth: true
                        maximumLength: 12
                        echoMode: TextInput.Password
                        enabled: !panel.gate.locked
                        validator: RegularExpressionValidator { regularExpression: /[0-9٠-٩۰-۹]*/ }
                        inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                        accessibleName: qsTr("Poll worker's PIN")
                        accessibleDescription: qsTr("6 to 12 digits. Press Enter when done.")
                        onSubmitted: { panel.gate.submit(text); text = "" }
                    }
                    Label {
                        objectName: "pollWorkerMessage"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        horizontalAlignment: Text.AlignLeft
                        wrapMode: Text.Wrap
                        text: panel.gate.busy ? qsTr("Checking the PIN…") : panel.gate.message
                        color: panel.gate.busy ? Theme.mutedText : Theme.error
                        font.bold: !panel.gate.busy
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Layout.topMargin: 8
                        spacing: 16
                        KioskButton {
                            objectName: "pinCancelButton"
                            text: qsTr("Cancel")
                            accessibleDescription: qsTr("Closes the PIN prompt and returns to the kiosk.")
                            onClicked: panel.gate.cancel()
                        }
                        Item { Layout.fillWidth: true }
                        KioskButton {
                            objectName: "pinOkButton"
                            primary: true
                            enabled: !panel.gate.locked && !panel.gate.busy
                            text: qsTr("OK")
                            accessibleName: qsTr("Check the PIN")
                            onClicked: { panel.gate.submit(pinField.text); pinField.text = "" }
                        }
                    }
                }
                Keypad {
                    Layout.alignment: Qt.AlignTop
                    field: pinField
                    enabled: !panel.gate.locked
                }
            }

            // No PIN stored yet: only the setup screen, where one must be chosen.
            Label {
                objectName: "noPinText"
                visible: panel.noPin
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
                text: qsTr("This kiosk has no poll worker's PIN yet. Set up the kiosk again to choose one; you need the kiosk's login and password.")
                color: Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            RowLayout {
                visible: panel.noPin
                Layout.fillWidth: true
                spacing: 16
                KioskButton {
                    objectName: "noPinCancelButton"
                    text: qsTr("Cancel")
                    onClicked: panel.gate.cancel()
                }
                Item { Layout.fillWidth: true }
                KioskButton {
                    id: setUpButton
                    objectName: "setUpPinButton"
                    primary: true
                    text: qsTr("Set up this kiosk")
                    onClicked: panel.gate.setUpPin()
                }
            }

            // The menu, once the PIN was right.
            GridLayout {
                visible: panel.menu
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 20
                rowSpacing: 20
                KioskButton {
                    id: resumeButton
                    objectName: "resumeButton"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    primary: true
                    text: qsTr("Resume")
                    accessibleDescription: qsTr("Returns the kiosk to the voters.")
                    onClicked: panel.gate.resume()
                }
                KioskButton {
                    objectName: "pauseButton"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Pause this kiosk")
                    accessibleDescription: qsTr("Voters see that the kiosk is paused; the PIN resumes it.")
                    onClicked: panel.gate.pause()
                }
                KioskButton {
                    objectName: "changeServerButton"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Change server")
                    accessibleDescription: qsTr("Opens the kiosk's setup: its server, login and PIN.")
                    onClicked: panel.gate.changeServer()
                }
                KioskButton {
                    objectName: "quitButton"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Quit the kiosk app")
                    accessibleDescription: qsTr("Closes the kiosk app on this computer.")
                    onClicked: panel.gate.quit()
                }
            }
            Label {
                visible: panel.menu
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
                text: qsTr("If a voter was in the middle of voting here, that session has ended: they start again from the beginning.")
                color: Theme.mutedText
                font.pixelSize: Theme.small
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }
}
