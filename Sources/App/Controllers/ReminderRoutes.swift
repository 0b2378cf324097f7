import Vapor

/// Reminders (đôn đốc): the notification inbox, the account's e-mail and calendar address, and the calendar feed,
/// which calendar apps fetch without a session (its secret token is the credential).
func registerReminderRoutes(signedIn: any RoutesBuilder, app: Application) {
    signedIn.get(.notifications, use: NotificationController.index)
    signedIn.post(.notificationsReadAll, use: NotificationController.markAllRead)
    signedIn.post(.notificationRead(.key), use: NotificationController.markRead)
    signedIn.post(.accountEmail, use: AccountReminderController.setEmail)
    signedIn.post(.accountCalendar, use: AccountReminderController.createCalendarToken)
    app.get(.calendarFeed(.key), use: CalendarFeedController.feed)
}
