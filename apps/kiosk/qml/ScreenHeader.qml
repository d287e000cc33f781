import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Elect.Kiosk
import Elect.Kiosk.Ui

// The band at the top of each voter's screen: the election, and where the voter is ("Step 2 of 5").
Rectangle {
    id: header
    property string step: ""
    objectName: "screenHeader"
    height: headerRow.implicitHeight + 28
    color: Theme.contrast ? "#000000" : Theme.accent
    border.color: Theme.contrast ? Theme.border : "transparent"
    border.width: Theme.contrast ? Theme.borderWidth : 0

    RowLayout {
        id: headerRow
        anchors { fill: parent; leftMargin: Theme.margin; rightMargin: Theme.margin; topMargin: 14; bottomMargin: 14 }
        spacing: 16
        Label {
            objectName: "headerElection"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            text: KioskController.flow.electionTitle
            color: Theme.headerText
            font.pixelSize: Theme.small
            font.bold: true
            elide: Text.ElideRight
            lineHeight: Theme.lineHeight
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            PollWorkerHold {}
        }
        Label {
            objectName: "headerStep"
            text: header.step
            lineHeight: Theme.lineHeight
            color: Theme.headerText
            font.pixelSize: Theme.small
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
