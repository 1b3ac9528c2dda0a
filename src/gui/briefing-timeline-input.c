/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The pointer on BriefingTimeline: a click selects what is under it and a double click activates
 * it, dragging pans, Ctrl+wheel zooms around the pointer and any other wheel or swipe pans. */
#define G_LOG_DOMAIN "briefing-timeline"

#include "config.h"

#include <math.h>

#include "briefing-timeline-private.h"

#define WHEEL_ZOOM_STEP 1.25

static double
seconds_per_pixel (BriefingTimeline *self)
{
  return 1 / briefing_timeline_get_scale (self)->px_per_second;
}

static double
x_to_u (BriefingTimeline *self,
        double            x)
{
  return briefing_timeline_is_rtl (self) ? self->width - x : x;
}

static void
on_click_pressed (GtkGestureClick  *gesture,
                  int               n_press,
                  double            x,
                  double            y,
                  BriefingTimeline *self)
{
  BriefingEvent *event;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (n_press != 2 || (event = briefing_timeline_get_event_at (self, x, y)) == NULL)
    return;

  briefing_timeline_set_selected_event (self, event);
  briefing_timeline_activate_event (self, event);
}

static void
on_click_released (GtkGestureClick  *gesture,
                   int               n_press,
                   double            x,
                   double            y,
                   BriefingTimeline *self)
{
  if (n_press == 1)
    briefing_timeline_set_selected_event (self, briefing_timeline_get_event_at (self, x, y));
}

static void
on_drag_begin (GtkGestureDrag   *gesture,
               double            x,
               double            y,
               BriefingTimeline *self)
{
  self->drag_start = self->visible_start;
}

static void
on_drag_update (GtkGestureDrag   *gesture,
                double            offset_x,
                double            offset_y,
                BriefingTimeline *self)
{
  gint64 span = self->visible_end - self->visible_start;
  double delta = briefing_timeline_is_rtl (self) ? offset_x : -offset_x;
  gint64 start = self->drag_start + (gint64) (delta * seconds_per_pixel (self));

  if (fabs (offset_x) > 3)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
  briefing_timeline_set_visible_range (self, start, start + span);
}

static void
on_drag_end (GtkGestureDrag   *gesture,
             double            offset_x,
             double            offset_y,
             BriefingTimeline *self)
{
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
}

/* Ctrl+wheel zooms around the pointer; any other wheel or swipe pans, down and right meaning
 * later. */
static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           BriefingTimeline         *self)
{
  GtkEventController *event_controller = GTK_EVENT_CONTROLLER (controller);
  GdkModifierType state = gtk_event_controller_get_current_event_state (event_controller);
  gboolean pixels = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_SURFACE;
  double u0 = briefing_timeline_plot_start (self), u1 = briefing_timeline_plot_end (self);
  double step = pixels ? 1 : MAX (48, (u1 - u0) / 10);

  if (state & GDK_CONTROL_MASK)
    {
      double anchor = 0.5;

      if (self->pointer_x >= 0)
        anchor = (x_to_u (self, self->pointer_x) - u0) / (u1 - u0);

      briefing_timeline_zoom_around (self, anchor, pow (pixels ? 1.01 : WHEEL_ZOOM_STEP, dy));
      return GDK_EVENT_STOP;
    }

  if (briefing_timeline_is_rtl (self))
    dx = -dx;
  briefing_timeline_pan (self, (gint64) ((dx + dy) * step * seconds_per_pixel (self)));
  return GDK_EVENT_STOP;
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           BriefingTimeline         *self)
{
  self->pointer_x = x;
}

static void
on_leave (GtkEventControllerMotion *controller,
          BriefingTimeline         *self)
{
  self->pointer_x = -1;
}

void
briefing_timeline_init_input (BriefingTimeline *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *scroll =
    gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkEventController *motion = gtk_event_controller_motion_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed), self);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));

  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (widget, scroll);

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (widget, motion);
}
