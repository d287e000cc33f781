import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Elect.Kiosk
import Elect.Kiosk.Ui

// What the voter should do after something did not go as planned. Marked by an icon and a heavy border as
// well as by colour, and announced by a screen reader as an alert.
Rectangle {
    id: box
    property string text: KioskController.flow.message
    objectName: "voterMessage"
    // While a call is out, the busy overlay shows the same words; once is enough.
    visible: text.length > 0 && !KioskController.flow.busy
    implicitHeight: row.implicitHeight + 28
    radius: Theme.radius
    color: Theme.errorSurface
    border.color: Theme.error
    border.width: 3
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    RowLayout {
        id: row
        anchors { fill: parent; margins: 14 }
        spacing: 14
        Rectangle {
            Layout.alignment: Qt.AlignTop
            implicitWidth: Math.round(36 * Theme.scale)
            implicitHeight: implicitWidth
            radius: width / 2
            color: Theme.error
            Label {
                anchors.centerIn: parent
                text: "!"
                font.bold: true
                font.pixelSize: Theme.body
                color: Theme.contrast ? "#000000" : "#ffffff"
            }
        }
        Label {
            objectName: "voterMessageText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            text: box.text
            color: Theme.text
            font.pixelSize: Theme.body
        }
    }
}
