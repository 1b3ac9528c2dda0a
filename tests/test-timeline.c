/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The timeline widget under Xvfb: the sample bundle's events on screen, zoom and pan, keyboard
 * and pointer selection, right-to-left, tooltips, accessibility, and ten thousand events.
 * Screenshots go to the build directory's tests/screenshots/ so a person can look at them. */
#include "config.h"

#include <gtk/gtk.h>
#include <stdio.h>
#include <string.h>

#include "briefing-bundle-reader.h"
#include "briefing-timeline-private.h"
#include "briefing-timeline.h"
#include "gui-test-utils.h"

#define NO_SELECTION "No event selected. Use Left and Right to move between events."

typedef struct
{
  BriefingBundle   *bundle;
  GtkWindow        *window;
  BriefingTimeline *timeline;
} Fixture;

static gint64
utc (int year,
     int month,
     int day,
     int hour)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (year, month, day, hour, 0, 0);

  return g_date_time_to_unix (dt);
}

static BriefingBundle *
load_sample (void)
{
  const char *dir = g_getenv ("BRIEFING_SAMPLES_DIR");
  g_autofree char *path = g_build_filename (dir != NULL ? dir : SOURCE_SAMPLES_DIR,
                                            "istanbul-talks-2025.bundle.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(GError) error = NULL;
  BriefingBundle *bundle = briefing_bundle_reader_read_file (reader, file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bundle);
  return bundle;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->bundle = load_sample ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->timeline = BRIEFING_TIMELINE (briefing_timeline_new ());
  /* "Now" is between the second and the third round, so both the past and the future show. */
  briefing_timeline_set_now (fixture->timeline, utc (2025, 6, 10, 0));
  briefing_timeline_set_events (fixture->timeline, briefing_bundle_get_events (fixture->bundle));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->timeline));
  /* A size request, as a window wider than Xvfb's screen would be cut to it. */
  gtk_widget_set_size_request (GTK_WIDGET (fixture->timeline), data != NULL ? 1920 : 1024, -1);
  gtk_window_present (fixture->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", FALSE, NULL);
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->bundle);
}

static void
redraw (Fixture *fixture)
{
  gtk_widget_queue_draw (GTK_WIDGET (fixture->timeline));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

static BriefingEvent *
event (Fixture    *fixture,
       const char *id)
{
  BriefingEvent *found = briefing_bundle_lookup_event (fixture->bundle, id);

  g_assert_nonnull (found);
  return found;
}

static void
position (Fixture    *fixture,
          const char *id,
          double     *x,
          double     *y)
{
  BriefingEvent *e = event (fixture, id);

  g_assert_true (briefing_timeline_get_event_position (fixture->timeline, e, x, y));
}

static const char *
selected_id (Fixture *fixture)
{
  BriefingEvent *selected = briefing_timeline_get_selected_event (fixture->timeline);

  return selected != NULL ? briefing_event_get_id (selected) : NULL;
}

static gint64
visible_start (Fixture *fixture)
{
  return briefing_timeline_get_visible_start (fixture->timeline);
}

static gint64
visible_span (Fixture *fixture)
{
  return briefing_timeline_get_visible_end (fixture->timeline) - visible_start (fixture);
}

/* (transfer none): the widget keeps it. */
static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }

  g_assert_not_reached ();
}

/* Presses a key as the widget's own shortcuts see it: GTK 4 cannot synthesise key events. */
static void
press_key (GtkWidget       *widget,
           guint            keyval,
           GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      GListModel *shortcuts;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      shortcuts = G_LIST_MODEL (controller);
      for (guint j = 0; j < g_list_model_get_n_items (shortcuts); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
            {
              g_assert_true (gtk_shortcut_action_activate (action, 0, widget,
                                                           gtk_shortcut_get_arguments (shortcut)));
              return;
            }
        }
    }

  g_assert_not_reached ();
}

/* Clicks through the widget's own click gesture, as a press and release there would. */
static void
click (GtkWidget *widget,
       int        n_press,
       double     x,
       double     y)
{
  GtkEventController *gesture = find_controller (widget, GTK_TYPE_GESTURE_CLICK);

  g_signal_emit_by_name (gesture, "pressed", n_press, x, y);
  g_signal_emit_by_name (gesture, "released", n_press, x, y);
}

static void
test_fit_all (Fixture       *fixture,
              gconstpointer  data)
{
  GListModel *events = briefing_bundle_get_events (fixture->bundle);
  GtkWidget *widget = GTK_WIDGET (fixture->timeline);
  double x, y;

  /* The first round on 16 May to the month-precision deadline that lasts through August. */
  g_assert_cmpint (visible_start (fixture), <=, utc (2025, 5, 16, 0));
  g_assert_cmpint (briefing_timeline_get_visible_end (fixture->timeline), >=, utc (2025, 9, 1, 0));
  g_assert_cmpint (visible_span (fixture), <, 140 * 86400);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(BriefingEvent) e = g_list_model_get_item (events, i);

      g_assert_true (briefing_timeline_get_event_position (fixture->timeline, e, &x, &y));
      g_assert_true (briefing_timeline_get_event_at (fixture->timeline, x, y) == e);
    }

  /* Looking elsewhere and back. */
  briefing_timeline_set_visible_range (fixture->timeline, utc (2020, 1, 1, 0), utc (2020, 2, 1, 0));
  g_assert_false (briefing_timeline_get_event_position (fixture->timeline,
                                                        event (fixture, "e-round1"), &x, &y));
  g_assert_true (gtk_widget_activate_action (widget, "timeline.zoom-fit", NULL));
  g_assert_cmpint (visible_start (fixture), <=, utc (2025, 5, 16, 0));

  redraw (fixture);
  briefing_test_save_screenshot (widget, data != NULL ? "timeline-1920" : "timeline-light");
}

static void
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (fixture->timeline);
  gint64 start = visible_start (fixture), span = visible_span (fixture), centre = start + span / 2;
  gint64 s;

  g_assert_true (gtk_widget_activate_action (widget, "timeline.zoom-in", NULL));
  g_assert_cmpint (visible_span (fixture), <, span);
  g_assert_cmpint (visible_start (fixture), >, start);
  g_assert_cmpint (ABS (visible_start (fixture) + visible_span (fixture) / 2 - centre), <=, 1);

  briefing_timeline_zoom_out (fixture->timeline);
  briefing_timeline_zoom_out (fixture->timeline);
  g_assert_cmpint (visible_span (fixture), >, span);
  g_assert_cmpint (ABS (visible_start (fixture) + visible_span (fixture) / 2 - centre), <=, 1);

  /* The keys inside the widget do the same. */
  s = visible_span (fixture);
  press_key (widget, GDK_KEY_plus, GDK_CONTROL_MASK);
  press_key (widget, GDK_KEY_equal, GDK_CONTROL_MASK);
  g_assert_cmpint (visible_span (fixture), <, s);
  press_key (widget, GDK_KEY_minus, GDK_CONTROL_MASK);
  press_key (widget, GDK_KEY_0, GDK_CONTROL_MASK);
  g_assert_cmpint (visible_start (fixture), ==, start);
  g_assert_cmpint (visible_span (fixture), ==, span);

  /* Zooming in stops at six hours, where the axis shows hours. */
  for (int i = 0; i < 40; i++)
    briefing_timeline_zoom_in (fixture->timeline);
  g_assert_cmpint (visible_span (fixture), ==, 6 * 3600);
  redraw (fixture);

  /* Page Down goes later by most of a page, Page Up back. */
  s = visible_start (fixture);
  press_key (widget, GDK_KEY_Page_Down, 0);
  g_assert_cmpint (visible_start (fixture), >, s + visible_span (fixture) / 2);
  press_key (widget, GDK_KEY_Page_Up, 0);
  g_assert_cmpint (visible_start (fixture), ==, s);
}

/* Dragging and the wheel pan: dragging to the right shows what came before, scrolling down or right
 * what comes after. */
static void
test_pan (Fixture       *fixture,
          gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (fixture->timeline);
  GtkEventController *drag = find_controller (widget, GTK_TYPE_GESTURE_DRAG);
  GtkEventController *scroll = find_controller (widget, GTK_TYPE_EVENT_CONTROLLER_SCROLL);
  gint64 start = visible_start (fixture), span = visible_span (fixture);
  gboolean handled;

  g_signal_emit_by_name (drag, "drag-begin", 500.0, 100.0);
  g_signal_emit_by_name (drag, "drag-update", 200.0, 0.0);
  g_signal_emit_by_name (drag, "drag-end", 200.0, 0.0);
  g_assert_cmpint (visible_start (fixture), <, start);
  g_assert_cmpint (visible_span (fixture), ==, span);

  start = visible_start (fixture);
  g_signal_emit_by_name (scroll, "scroll", 0.0, 1.0, &handled);
  g_assert_true (handled);
  g_assert_cmpint (visible_start (fixture), >, start);
  start = visible_start (fixture);
  g_signal_emit_by_name (scroll, "scroll", 1.0, 0.0, &handled);
  g_assert_cmpint (visible_start (fixture), >, start);
  g_assert_cmpint (visible_span (fixture), ==, span);

  /* In right-to-left, time runs the other way under the pointer too. */
  gtk_widget_set_direction (widget, GTK_TEXT_DIR_RTL);
  start = visible_start (fixture);
  g_signal_emit_by_name (scroll, "scroll", 1.0, 0.0, &handled);
  g_assert_cmpint (visible_start (fixture), <, start);
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (fixture->timeline);
  struct { const char *action; const char *id; } steps[] = {
    { "timeline.select-next", "e-round1" },
    { "timeline.select-next", "e-exchange-may" },
    { "timeline.select-last", "e-leaders-august" },
    { "timeline.select-next", "e-leaders-august" },
    { "timeline.select-previous", "e-working-groups" },
    { "timeline.select-first", "e-round1" },
    { "timeline.select-none", NULL },
  };
  double x, y;

  g_assert_null (selected_id (fixture));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_assert_true (gtk_widget_activate_action (widget, steps[i].action, NULL));
      g_assert_cmpstr (selected_id (fixture), ==, steps[i].id);
    }

  /* The same through the keys. */
  press_key (widget, GDK_KEY_Right, 0);
  g_assert_cmpstr (selected_id (fixture), ==, "e-round1");
  press_key (widget, GDK_KEY_Right, 0);
  g_assert_cmpstr (selected_id (fixture), ==, "e-exchange-may");
  press_key (widget, GDK_KEY_Left, 0);
  g_assert_cmpstr (selected_id (fixture), ==, "e-round1");
  press_key (widget, GDK_KEY_End, 0);
  g_assert_cmpstr (selected_id (fixture), ==, "e-leaders-august");
  press_key (widget, GDK_KEY_Home, 0);
  g_assert_cmpstr (selected_id (fixture), ==, "e-round1");
  press_key (widget, GDK_KEY_Escape, 0);
  g_assert_null (selected_id (fixture));

  /* An event selected out of view is brought into it. */
  briefing_timeline_set_visible_range (fixture->timeline, utc (2025, 5, 10, 0),
                                       utc (2025, 5, 20, 0));
  press_key (widget, GDK_KEY_End, 0);
  position (fixture, "e-leaders-august", &x, &y);
  g_assert_cmpint (visible_span (fixture), ==, 10 * 86400);
}

static void
on_event_activated (BriefingTimeline *timeline,
                    BriefingEvent    *activated,
                    BriefingEvent   **out)
{
  *out = activated;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_selection (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (fixture->timeline);
  BriefingEvent *round2 = event (fixture, "e-round2"), *activated = NULL;
  guint notified = 0;
  double x, y;

  g_signal_connect (widget, "notify::selected-event", G_CALLBACK (count_notify), &notified);
  g_signal_connect (widget, "event-activated", G_CALLBACK (on_event_activated), &activated);

  /* A click where the second round is drawn selects it, once: setting it again notifies nothing. */
  position (fixture, "e-round2", &x, &y);
  click (widget, 1, x, y);
  g_assert_true (briefing_timeline_get_selected_event (fixture->timeline) == round2);
  briefing_timeline_set_selected_event (fixture->timeline, round2);
  g_object_set (fixture->timeline, "selected-event", round2, NULL);
  g_assert_cmpuint (notified, ==, 1);

  /* A click on the empty stretch after it clears the selection; a double click activates. */
  click (widget, 1, x + 150, y);
  g_assert_null (briefing_timeline_get_selected_event (fixture->timeline));
  g_assert_null (briefing_timeline_get_event_at (fixture->timeline, x, 2));
  click (widget, 2, x, y);
  g_assert_true (activated == round2);
  g_assert_true (briefing_timeline_get_selected_event (fixture->timeline) == round2);

  /* So does Enter. */
  activated = NULL;
  press_key (widget, GDK_KEY_Return, 0);
  g_assert_true (activated == round2);

  gtk_widget_grab_focus (widget);
  gtk_window_set_focus_visible (fixture->window, TRUE);
  redraw (fixture);
  briefing_test_save_screenshot (widget, "timeline-selected");
}

/* A month-precision event covers its month: the August deadline is found anywhere in August. */
static void
test_precision (Fixture       *fixture,
                gconstpointer  data)
{
  BriefingEvent *deadline = event (fixture, "e-leaders-august");
  double x1, x3, y, lane_y, per_second;

  /* Day markers sit at midday: the axis's scale from two of them. */
  position (fixture, "e-round1", &x1, &y);
  position (fixture, "e-round3", &x3, &y);
  position (fixture, "e-leaders-august", &per_second, &lane_y);
  per_second = (x3 - x1) / (utc (2025, 7, 23, 12) - utc (2025, 5, 16, 12));

  for (int day = 2; day <= 30; day += 7)
    {
      double x = x1 + (utc (2025, 8, day, 12) - utc (2025, 5, 16, 12)) * per_second;

      g_assert_true (briefing_timeline_get_event_at (fixture->timeline, x, lane_y) == deadline);
    }
  x3 = x1 + 4 * 86400 * per_second;
  g_assert_null (briefing_timeline_get_event_at (fixture->timeline, x3, lane_y));
}

static void
test_rtl (Fixture       *fixture,
          gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (fixture->timeline);
  double first_x, last_x, y;

  gtk_widget_set_direction (widget, GTK_TEXT_DIR_RTL);
  redraw (fixture);

  position (fixture, "e-round1", &first_x, &y);
  position (fixture, "e-leaders-august", &last_x, &y);
  g_assert_cmpfloat (first_x, >, last_x);
  y = briefing_timeline_lane_center (0);
  g_assert_true (briefing_timeline_get_event_at (fixture->timeline, first_x, y) ==
                 event (fixture, "e-round1"));

  /* Right goes back in time, Left forward. */
  press_key (widget, GDK_KEY_Left, 0);
  g_assert_cmpstr (selected_id (fixture), ==, "e-round1");
  press_key (widget, GDK_KEY_Left, 0);
  g_assert_cmpstr (selected_id (fixture), ==, "e-exchange-may");
  press_key (widget, GDK_KEY_Right, 0);
  g_assert_cmpstr (selected_id (fixture), ==, "e-round1");

  briefing_timeline_set_selected_event (fixture->timeline, event (fixture, "e-round2"));
  redraw (fixture);
  briefing_test_save_screenshot (widget, "timeline-rtl");
}

static void
test_tooltip (Fixture       *fixture,
              gconstpointer  data)
{
  struct { const char *id; const char *text; } cases[] = {
    { "e-round2", "<b>Second round of direct talks</b>\n"
                  "Talks, round 2 · 2 June 2025\n"
                  "Çırağan Palace, Istanbul" },
    { "e-exchange-may", "<b>1,000-for-1,000 prisoner exchange</b>\n"
                        "Exchange · 23–25 May 2025" },
    { "e-leaders-august", "<b>Ukraine’s deadline for a Zelensky–Putin meeting</b>\n"
                          "Deadline · August 2025" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *markup = NULL;
      double x, y;

      position (fixture, cases[i].id, &x, &y);
      markup = briefing_timeline_dup_tooltip_markup (fixture->timeline, x, y);
      g_assert_cmpstr (markup, ==, cases[i].text);
    }

  g_assert_null (briefing_timeline_dup_tooltip_markup (fixture->timeline, 1, 1));
}

static void
test_accessible (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (fixture->timeline);
  BriefingTimeline *timeline = fixture->timeline;

  gtk_test_accessible_assert_role (timeline, GTK_ACCESSIBLE_ROLE_LIST_BOX);
  gtk_test_accessible_assert_property (timeline, GTK_ACCESSIBLE_PROPERTY_LABEL, "Timeline");
  gtk_test_accessible_assert_property (timeline, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, NO_SELECTION);
  g_assert_true (gtk_widget_get_focusable (widget));

  briefing_timeline_set_selected_event (timeline, event (fixture, "e-round2"));
  gtk_test_accessible_assert_property (timeline, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Second round of direct talks — Talks, round 2, "
                                       "2 June 2025. Event 5 of 9.");

  press_key (widget, GDK_KEY_End, 0);
  gtk_test_accessible_assert_property (timeline, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Ukraine’s deadline for a Zelensky–Putin meeting — "
                                       "Deadline, August 2025. Event 9 of 9.");

  press_key (widget, GDK_KEY_Escape, 0);
  gtk_test_accessible_assert_property (timeline, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, NO_SELECTION);
}

static void
test_dark (Fixture       *fixture,
           gconstpointer  data)
{
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", TRUE, NULL);
  briefing_timeline_set_selected_event (fixture->timeline, event (fixture, "e-exchange-may"));
  redraw (fixture);
  briefing_test_save_screenshot (GTK_WIDGET (fixture->timeline), "timeline-dark");
}

/* The visible range set one edge at a time, as a binding does: an edge set past the other moves
 * the range. */
static void
test_range_properties (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 start, end;

  g_object_set (fixture->timeline, "visible-start", utc (2026, 1, 1, 0), NULL);
  g_object_set (fixture->timeline, "visible-end", utc (2026, 3, 1, 0), NULL);
  g_object_get (fixture->timeline, "visible-start", &start, "visible-end", &end, NULL);
  g_assert_cmpint (start, ==, utc (2026, 1, 1, 0));
  g_assert_cmpint (end, ==, utc (2026, 3, 1, 0));

  g_object_set (fixture->timeline, "visible-end", utc (2025, 1, 1, 0), NULL);
  g_assert_cmpint (briefing_timeline_get_visible_end (fixture->timeline), ==, utc (2025, 1, 1, 0));
  g_assert_cmpint (visible_span (fixture), ==, end - start);
}

/* Changes to the model re-sort the events and drop a selection that left it. */
static void
test_model_changes (void)
{
  g_autoptr(GListStore) store = g_list_store_new (BRIEFING_TYPE_EVENT);
  BriefingDate may = { .year = 2025, .month = 5, .day = 1 };
  BriefingDate april;
  g_autoptr(BriefingEvent) later = NULL;
  g_autoptr(BriefingEvent) earlier = NULL;
  BriefingTimeline *timeline = BRIEFING_TIMELINE (g_object_ref_sink (briefing_timeline_new ()));
  GtkWidget *widget = GTK_WIDGET (timeline);
  int height1, height2;

  may.precision = BRIEFING_DATE_PRECISION_DAY;
  april = may;
  april.month = 4;
  later = briefing_event_new ("later", BRIEFING_EVENT_KIND_STATEMENT, "Later", &may);
  earlier = briefing_event_new ("earlier", BRIEFING_EVENT_KIND_MILITARY, "Earlier", &april);

  g_list_store_append (store, later);
  briefing_timeline_set_events (timeline, G_LIST_MODEL (store));
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, -1, NULL, &height1, NULL, NULL);
  g_list_store_append (store, earlier);
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, -1, NULL, &height2, NULL, NULL);
  g_assert_cmpint (height2, ==, height1 + TIMELINE_LANE_HEIGHT);

  g_assert_true (gtk_widget_activate_action (widget, "timeline.select-first", NULL));
  g_assert_true (briefing_timeline_get_selected_event (timeline) == earlier);
  g_list_store_remove (store, 1);
  g_assert_null (briefing_timeline_get_selected_event (timeline));

  g_object_unref (timeline);
}

static void
test_many_events (void)
{
  g_autoptr(GListStore) store = g_list_store_new (BRIEFING_TYPE_EVENT);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  BriefingTimeline *timeline = BRIEFING_TIMELINE (briefing_timeline_new ());
  GtkWidget *widget = GTK_WIDGET (timeline);
  GRand *rand = g_rand_new_with_seed (42);
  gint64 first = utc (2020, 1, 1, 0);

  for (guint i = 0; i < 10000; i++)
    {
      gint64 day = first + (gint64) g_rand_int_range (rand, 0, 5 * 365) * 86400;
      g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (day);
      BriefingDate start = briefing_date_from_date_time (dt);
      BriefingEventKind kind = g_rand_int_range (rand, 0, BRIEFING_EVENT_KIND_OTHER + 1);
      g_autofree char *id = g_strdup_printf ("e%05u", i);
      g_autofree char *title = g_strdup_printf ("Synthetic event %u", i);
      g_autoptr(BriefingEvent) e = NULL;

      start.precision = BRIEFING_DATE_PRECISION_DAY;
      e = briefing_event_new (id, kind, title, &start);
      g_list_store_append (store, e);
    }

  briefing_timeline_set_events (timeline, G_LIST_MODEL (store));
  gtk_window_set_child (window, widget);
  gtk_widget_set_size_request (widget, 1280, -1);
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_assert_cmpint (gtk_widget_get_height (widget), >=,
                   TIMELINE_AXIS_HEIGHT + 7 * TIMELINE_LANE_HEIGHT);
  g_assert_true (gtk_widget_activate_action (widget, "timeline.select-last", NULL));
  g_assert_nonnull (briefing_timeline_get_selected_event (timeline));
  for (int i = 0; i < 8; i++)
    briefing_timeline_zoom_in (timeline);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  briefing_test_save_screenshot (widget, "timeline-10000");

  g_rand_free (rand);
  gtk_window_destroy (window);
}

#define ADD(path, test) g_test_add (path, Fixture, NULL, fixture_set_up, test, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = NULL;

  if (!briefing_test_have_display ())
    return 0;

  briefing_test_init_gtk (&argc, &argv);

  /* The application's style sheet, where the kinds' colours are. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/org/briefing/Briefing/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  ADD ("/timeline/fit-all", test_fit_all);
  g_test_add ("/timeline/full-hd", Fixture, "1920", fixture_set_up, test_fit_all,
              fixture_tear_down);
  ADD ("/timeline/zoom", test_zoom);
  ADD ("/timeline/pan", test_pan);
  ADD ("/timeline/keyboard", test_keyboard);
  ADD ("/timeline/selection", test_selection);
  ADD ("/timeline/precision", test_precision);
  ADD ("/timeline/rtl", test_rtl);
  ADD ("/timeline/tooltip", test_tooltip);
  ADD ("/timeline/accessible", test_accessible);
  ADD ("/timeline/dark", test_dark);
  ADD ("/timeline/range-properties", test_range_properties);
  g_test_add_func ("/timeline/model-changes", test_model_changes);
  g_test_add_func ("/timeline/many-events", test_many_events);

  return g_test_run ();
}
