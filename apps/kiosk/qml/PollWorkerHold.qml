import QtQuick
import Elect.Kiosk

// On a touch screen, the poll worker's way to the PIN prompt: a long press (3 s) on the kiosk's name. A
// voter is unlikely to hold a name that long; the keyboard's way is Ctrl+Alt+P.
MouseArea {
    objectName: "pollWorkerHold"
    anchors.fill: parent
    pressAndHoldInterval: KioskController.pollWorker.holdInterval
    onPressAndHold: KioskController.pollWorker.open()
}
