import Vapor

/// Reminders (đôn đốc): the notification inbox, the account's e-mail and calendar address, and the calendar feed,
/// which calendar apps fetch without a session (its secret token is the credential).
func registerNotificationRoutes(_ routes: RouteGroups) {
    let signedIn = routes.signedIn
    signedIn.get(.notifications, use: NotificationController.index)
    signedIn.post(.notificationsReadAll, use: NotificationController.markAllRead)
    signedIn.post(.notificationRead(.key), use: NotificationController.markRead)
    signedIn.post(.accountEmail, use: AccountReminderController.setEmail)
    signedIn.post(.accountCalendar, use: AccountReminderController.createCalendarToken)
    routes.app.get(.calendarFeed(.key), use: CalendarFeedController.feed)
}
