import QtQuick
import QtQuick.Controls
import Elect.Kiosk.Ui

// Digits on screen for a text field. A keypad reads 1 2 3 from the left in either language; in Arabic its
// keys show Arabic-Indic digits and type the same digits a physical keyboard would.
Grid {
    id: pad
    required property Item field
    // Keys grow a little with the text, not as much: the keypad must leave room for the words beside it.
    property int keySize: Math.round(72 * Math.min(Theme.scale, 1.15))
    objectName: "keypad"
    columns: 3
    spacing: 10
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Number keys")

    readonly property var arabicDigits: ["٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"]

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "del", "0", "clear"]
        delegate: KioskButton {
            required property string modelData
            objectName: "key_" + modelData
            width: Math.round(pad.keySize * 1.5)
            height: pad.keySize
            leftPadding: 4
            rightPadding: 4
            font.pixelSize: modelData.length === 1 ? Theme.heading : Theme.small
            text: modelData === "del" ? qsTr("Delete")
                  : modelData === "clear" ? qsTr("Clear")
                  : Theme.rightToLeft ? pad.arabicDigits[Number(modelData)] : modelData
            accessibleName: modelData === "del" ? qsTr("Delete the last digit")
                            : modelData === "clear" ? qsTr("Clear all digits")
                            : modelData
            onClicked: {
                if (modelData === "del")
                    pad.field.text = pad.field.text.slice(0, -1)
                else if (modelData === "clear")
                    pad.field.text = ""
                else if (pad.field.text.length < pad.field.maximumLength)
                    pad.field.text += modelData
            }
        }
    }
}
