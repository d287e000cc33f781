import QtQuick
import QtQuick.Controls
import Elect.Kiosk

ApplicationWindow {
    id: window
    objectName: "kioskWindow"
    width: 1280
    height: 800
    visible: true
    visibility: KioskController.fullScreen ? Window.FullScreen : Window.Windowed
    title: qsTr("Elect kiosk")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.body
    palette.windowText: Theme.text
    palette.text: Theme.text
    palette.base: Theme.surface
    palette.button: Theme.surface
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText

    Item {
        id: root
        objectName: "kioskRoot"
        anchors.fill: parent
        LayoutMirroring.enabled: KioskController.rightToLeft
        LayoutMirroring.childrenInherit: true

        Loader {
            id: screen
            objectName: "screenLoader"
            anchors.fill: parent
            sourceComponent: {
                switch (KioskController.state) {
                case KioskController.Setup:
                    return setupScreen
                case KioskController.Ready:
                    return welcomeScreen
                default:
                    return statusScreen
                }
            }
        }
    }

    Component {
        id: setupScreen
        SetupScreen {}
    }
    Component {
        id: welcomeScreen
        WelcomeScreen {}
    }
    Component {
        id: statusScreen
        StatusScreen {}
    }
}
