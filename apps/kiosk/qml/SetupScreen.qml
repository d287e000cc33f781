import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Elect.Kiosk
import Elect.Kiosk.Ui

// First start, for IT staff or a poll worker: where the database is and the kiosk's own login.
Item {
    id: setup
    objectName: "setupScreen"
    readonly property var saved: KioskController.savedProfile()
    readonly property var sslModes: ["prefer", "require", "verify-full", "disable"]

    // Fills the fields below from the enrollment code elect-admin showed: no password typed by hand.
    function useEnrollment() {
        const e = KioskController.readEnrollment(enrollment.text)
        enrollmentStatus.failed = !e.ok
        if (!e.ok) {
            enrollmentStatus.text = e.message
            return
        }
        embedded.checked = e.embedded
        remote.checked = !e.embedded
        host.text = e.host
        port.text = String(e.port)
        database.text = e.database
        sslmode.currentIndex = Math.max(0, setup.sslModes.indexOf(e.sslmode))
        login.text = e.loginRole
        password.text = e.password
        enrollment.text = ""
        enrollmentStatus.text = e.kioskName.length > 0
                ? qsTr("Filled in for the kiosk “%1”. Choose the poll workers' PIN, then save.").arg(e.kioskName)
                : qsTr("Filled in. Choose the poll workers' PIN, then save.")
        pin.forceActiveFocus()
    }
    ScrollView {
        anchors.fill: parent
        // Staff read this screen close up: a smaller size than the voter's screens.
        font.pixelSize: Theme.small
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(setup.width - 2 * Theme.margin, 1100)
            x: (setup.width - width) / 2
            spacing: 14

            Item { Layout.preferredHeight: Theme.margin / 2 }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                text: qsTr("Set up this kiosk")
                font.pixelSize: Theme.heading + 8
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                color: Theme.mutedText
                text: qsTr("Enter the kiosk login that the organization's owner created. The password is kept in this computer's keychain.")
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: 16
                spacing: 32

                // The enrollment code first: it fills in the server and the login.
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: 24

                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: enrollmentColumn.implicitHeight + 48
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: Theme.border
                        border.width: Theme.borderWidth

                        ColumnLayout {
                            id: enrollmentColumn
                            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 24 }
                            spacing: 8
                            Label { text: qsTr("Enrollment code"); font.bold: true; font.pixelSize: Theme.body; color: Theme.text }
                            Label {
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignLeft
                                wrapMode: Text.Wrap
                                color: Theme.mutedText
                                text: qsTr("Paste the code that elect-admin showed when the kiosk was created, or scan its QR code into this field. It fills in the server and the kiosk login.")
                                Accessible.role: Accessible.StaticText
                                Accessible.name: text
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: 16
                                TextField {
                                    id: enrollment
                                    objectName: "enrollmentField"
                                    Layout.fillWidth: true
                                    // The code holds the kiosk's password.
                                    echoMode: TextInput.Password
                                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                                    Accessible.role: Accessible.EditableText
                                    Accessible.name: qsTr("Enrollment code")
                                    Accessible.passwordEdit: true
                                    onAccepted: setup.useEnrollment()
                                }
                                KioskButton {
                                    objectName: "useEnrollmentButton"
                                    text: qsTr("Use this code")
                                    onClicked: setup.useEnrollment()
                                }
                            }
                            Label {
                                id: enrollmentStatus
                                objectName: "enrollmentStatus"
                                property bool failed: false
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignLeft
                                visible: text.length > 0
                                wrapMode: Text.Wrap
                                color: failed ? Theme.error : Theme.running
                                Accessible.role: failed ? Accessible.AlertMessage : Accessible.StaticText
                                Accessible.name: text
                            }
                        }
                    }

                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: serverColumn.implicitHeight + 48
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: Theme.border
                        border.width: Theme.borderWidth

                        ColumnLayout {
                            id: serverColumn
                            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 24 }
                            spacing: 8
                            Label { text: qsTr("Server"); font.bold: true; font.pixelSize: Theme.body; color: Theme.text }
                            RadioButton {
                                id: embedded
                                objectName: "embeddedChoice"
                                text: qsTr("This computer (embedded)")
                                checked: setup.saved.embedded
                                Accessible.role: Accessible.RadioButton
                                Accessible.name: text
                            }
                            RadioButton {
                                id: remote
                                objectName: "serverChoice"
                                text: qsTr("A database server")
                                checked: !setup.saved.embedded
                                Accessible.role: Accessible.RadioButton
                                Accessible.name: text
                            }
                            GridLayout {
                                Layout.fillWidth: true
                                visible: remote.checked
                                columns: 2
                                columnSpacing: 16
                                rowSpacing: 10
                                Label { text: qsTr("Host"); color: Theme.text }
                                TextField {
                                    id: host
                                    objectName: "hostField"
                                    Layout.fillWidth: true
                                    text: setup.saved.host
                                    placeholderText: "db.example.org"
                                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhUrlCharactersOnly
                                    Accessible.role: Accessible.EditableText
                                    Accessible.name: qsTr("Host")
                                }
                                Label { text: qsTr("Port"); color: Theme.text }
                                TextField {
                                    id: port
                                    objectName: "portField"
                                    Layout.preferredWidth: 120
                                    text: String(setup.saved.port)
                                    validator: IntValidator { bottom: 1; top: 65535 }
                                    inputMethodHints: Qt.ImhDigitsOnly
                                    Accessible.role: Accessible.EditableText
                                    Accessible.name: qsTr("Port")
                                }
                                Label { text: qsTr("Database"); color: Theme.text }
                                TextField {
                                    id: database
                                    objectName: "databaseField"
                                    Layout.fillWidth: true
                                    text: setup.saved.database
                                    Accessible.role: Accessible.EditableText
                                    Accessible.name: qsTr("Database")
                                }
                                Label { text: qsTr("Security"); color: Theme.text }
                                ComboBox {
                                    id: sslmode
                                    objectName: "sslModeBox"
                                    Layout.fillWidth: true
                                    model: [qsTr("Prefer encryption"), qsTr("Require encryption"),
                                            qsTr("Require and verify the certificate"),
                                            qsTr("No encryption (local network only)")]
                                    currentIndex: Math.max(0, setup.sslModes.indexOf(setup.saved.sslmode))
                                    Accessible.role: Accessible.ComboBox
                                    Accessible.name: qsTr("Security")
                                }
                            }
                        }
                    }
                }

                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    implicitHeight: loginColumn.implicitHeight + 48
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    border.width: Theme.borderWidth

                    ColumnLayout {
                        id: loginColumn
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 24 }
                        spacing: 8
                        Label { text: qsTr("Kiosk login"); font.bold: true; font.pixelSize: Theme.body; color: Theme.text }
                        TextField {
                            id: login
                            objectName: "loginField"
                            Layout.fillWidth: true
                            text: setup.saved.loginRole
                            placeholderText: qsTr("k_…")
                            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                            Accessible.role: Accessible.EditableText
                            Accessible.name: qsTr("Kiosk login")
                        }
                        Label {
                            Layout.topMargin: 8
                            text: qsTr("Password")
                            font.bold: true
                            font.pixelSize: Theme.body
                            color: Theme.text
                        }
                        TextField {
                            id: password
                            objectName: "passwordField"
                            Layout.fillWidth: true
                            echoMode: TextInput.Password
                            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                            Accessible.role: Accessible.EditableText
                            Accessible.name: qsTr("Password")
                            Accessible.passwordEdit: true
                        }

                        // The poll workers' PIN: for pausing the kiosk, changing its server and quitting. Only
                        // its hash is kept.
                        Label {
                            Layout.topMargin: 8
                            text: qsTr("Poll workers' PIN")
                            font.bold: true
                            font.pixelSize: Theme.body
                            color: Theme.text
                        }
                        Label {
                            objectName: "pinHint"
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignLeft
                            wrapMode: Text.Wrap
                            color: Theme.mutedText
                            text: KioskController.pollWorker.hasPin
                                  ? qsTr("Poll workers type it to pause this kiosk, change its server or quit. To keep the current PIN, leave both fields empty.")
                                  : qsTr("Poll workers type it to pause this kiosk, change its server or quit. Choose 6 to 12 digits that are hard to guess.")
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                        GridLayout {
                            Layout.fillWidth: true
                            columns: 2
                            columnSpacing: 16
                            rowSpacing: 4
                            Label {
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                text: KioskController.pollWorker.hasPin ? qsTr("New PIN") : qsTr("PIN")
                                color: Theme.text
                            }
                            Label {
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                text: qsTr("The PIN again")
                                color: Theme.text
                            }
                            TextField {
                                id: pin
                                objectName: "setupPinField"
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                maximumLength: 12
                                echoMode: TextInput.Password
                                validator: RegularExpressionValidator { regularExpression: /[0-9٠-٩۰-۹]*/ }
                                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                                Accessible.role: Accessible.EditableText
                                Accessible.name: qsTr("Poll workers' PIN")
                                Accessible.description: qsTr("6 to 12 digits.")
                            }
                            TextField {
                                id: pinAgain
                                objectName: "setupPinAgainField"
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                maximumLength: 12
                                echoMode: TextInput.Password
                                validator: RegularExpressionValidator { regularExpression: /[0-9٠-٩۰-۹]*/ }
                                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                                Accessible.role: Accessible.EditableText
                                Accessible.name: qsTr("The poll workers' PIN again")
                            }
                        }
                    }
                }
            }

            Label {
                objectName: "setupError"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft
                visible: text.length > 0
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                color: Theme.error
                font.pixelSize: Theme.body
                text: KioskController.errorMessage
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: 8
                spacing: 20
            KioskButton {
                objectName: "saveSetupButton"
                primary: true
                text: qsTr("Save and connect")
                onClicked: KioskController.saveSetup(embedded.checked, host.text, parseInt(port.text), database.text,
                                                     setup.sslModes[sslmode.currentIndex], login.text, password.text,
                                                     pin.text, pinAgain.text)
            }
            // Reached from the poll worker's menu: back to the voters without changing anything.
            KioskButton {
                objectName: "cancelSetupButton"
                visible: KioskController.kioskName.length > 0
                text: qsTr("Cancel")
                accessibleName: qsTr("Cancel and keep the current setup")
                onClicked: KioskController.retry()
            }
            }
            Item { Layout.preferredHeight: Theme.margin }
        }
    }
}
