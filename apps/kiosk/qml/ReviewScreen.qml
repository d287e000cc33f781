import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Elect.Kiosk
import Elect.Kiosk.Ui

// Step 4: the voter checks the ballot before it is cast; nothing is sent until "Cast my vote".
Item {
    id: screen
    objectName: "reviewScreen"
    Accessible.role: Accessible.Pane
    Accessible.name: title.text

    ScreenHeader {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        step: qsTr("Step 4 of 5")
    }

    ColumnLayout {
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom; margins: Theme.margin }
        spacing: 16
        Label {
            id: title
            objectName: "screenTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            text: qsTr("Check your ballot")
            font.pixelSize: Math.round(44 * Math.min(Theme.scale, 1.25))
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
            text: KioskController.flow.ballot.ranked
                  ? qsTr("You chose these candidates, in this order of preference. Your vote is not cast yet.")
                  : qsTr("You chose the candidates below. Your vote is not cast yet.")
            color: Theme.mutedText
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth
            ListView {
                id: chosenList
                objectName: "reviewList"
                anchors { fill: parent; margins: 20 }
                clip: true
                spacing: 10
                model: KioskController.flow.ballot.chosenNames()
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Your choices")
                delegate: RowLayout {
                    required property int index
                    required property string modelData
                    width: ListView.view.width
                    spacing: 16
                    Label {
                        text: Number(index + 1).toLocaleString(Qt.locale(), "f", 0) + "."
                        font.pixelSize: Theme.heading
                        font.bold: true
                        color: Theme.text
                        visible: KioskController.flow.ballot.ranked
                    }
                    Label {
                        text: "✓"
                        font.pixelSize: Theme.heading
                        color: Theme.text
                        visible: !KioskController.flow.ballot.ranked
                    }
                    Label {
                        objectName: "reviewName"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft
                        text: modelData
                        font.pixelSize: Theme.heading
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.ListItem
                        Accessible.name: KioskController.flow.ballot.ranked
                                         ? qsTr("%1: %2").arg(KioskController.flow.ballot.rankText(index + 1)).arg(modelData) : modelData
                    }
                }
            }
        }
        VoterMessage { Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            KioskButton {
                id: changeButton
                objectName: "changeButton"
                text: qsTr("Change my choices")
                onClicked: KioskController.flow.backToBallot()
            }
            Item { Layout.fillWidth: true }
            KioskButton {
                id: castButton
                objectName: "castButton"
                primary: true
                text: qsTr("Cast my vote")
                accessibleDescription: qsTr("Your vote is final once cast.")
                onClicked: KioskController.flow.cast()
            }
        }
    }
    Component.onCompleted: castButton.forceActiveFocus(Qt.TabFocusReason)
}
