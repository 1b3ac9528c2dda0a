/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-timeline"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-timeline-private.h"

#define ZOOM_STEP 1.5

G_DEFINE_FINAL_TYPE (BriefingTimeline, briefing_timeline, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EVENTS,
  PROP_SELECTED_EVENT,
  PROP_VISIBLE_START,
  PROP_VISIBLE_END,
  PROP_NOW,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static guint
n_items (BriefingTimeline *self)
{
  return briefing_timeline_layout_get_n_items (self->layout);
}

static void
update_actions (BriefingTimeline *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gint64 span = self->visible_end - self->visible_start;
  gboolean any = n_items (self) > 0;

  gtk_widget_action_set_enabled (widget, "timeline.zoom-in", span > BRIEFING_TIMELINE_MIN_SPAN);
  gtk_widget_action_set_enabled (widget, "timeline.zoom-out", span < BRIEFING_TIMELINE_MAX_SPAN);
  gtk_widget_action_set_enabled (widget, "timeline.zoom-fit", any);
  gtk_widget_action_set_enabled (widget, "timeline.select-next", any);
  gtk_widget_action_set_enabled (widget, "timeline.select-previous", any);
  gtk_widget_action_set_enabled (widget, "timeline.select-first", any);
  gtk_widget_action_set_enabled (widget, "timeline.select-last", any);
  gtk_widget_action_set_enabled (widget, "timeline.select-none", self->selected != NULL);
  gtk_widget_action_set_enabled (widget, "timeline.activate", self->selected != NULL);
}

/* GTK 4.8 has neither accessible text nor children for drawn items: the selected event is read out
 * through the description, which screen readers announce when it changes on the focused widget. */
static void
update_description (BriefingTimeline *self)
{
  g_autofree char *text = NULL;
  guint index;

  if (self->selected != NULL &&
      briefing_timeline_layout_find (self->layout, self->selected, &index))
    {
      g_autofree char *event = briefing_timeline_describe_event (self->selected);

      /* Translators: the selected event of the timeline, for screen readers; "%s" describes it */
      text = g_strdup_printf (_("%s. Event %u of %u."), event, index + 1, n_items (self));
    }
  else
    text = g_strdup (_("No event selected. Use Left and Right to move between events."));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

static void
set_range (BriefingTimeline *self,
           gint64            start,
           gint64            end)
{
  gboolean start_changed, end_changed;

  briefing_timeline_range_clamp (&start, &end);
  start_changed = start != self->visible_start;
  end_changed = end != self->visible_end;
  if (!start_changed && !end_changed)
    return;

  self->visible_start = start;
  self->visible_end = end;
  briefing_timeline_update_geometry (self);
  update_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (start_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_START]);
  if (end_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VISIBLE_END]);
  g_object_thaw_notify (G_OBJECT (self));
}

void
briefing_timeline_zoom_around (BriefingTimeline *self,
                               double            anchor,
                               double            factor)
{
  gint64 start = self->visible_start, end = self->visible_end;

  briefing_timeline_range_zoom (&start, &end, anchor, factor);
  set_range (self, start, end);
}

void
briefing_timeline_pan (BriefingTimeline *self,
                       gint64            delta)
{
  gint64 start = self->visible_start, end = self->visible_end;

  briefing_timeline_range_shift (&start, &end, delta);
  set_range (self, start, end);
}

static void
scroll_to_selected (BriefingTimeline *self)
{
  gint64 start = self->visible_start, end = self->visible_end;
  const BriefingTimelineItem *item;
  guint index;

  if (self->selected == NULL ||
      !briefing_timeline_layout_find (self->layout, self->selected, &index))
    return;

  item = briefing_timeline_layout_get_item (self->layout, index);
  briefing_timeline_range_reveal (&start, &end, item->start, item->end);
  set_range (self, start, end);
}

static void
select_index (BriefingTimeline *self,
              guint             index)
{
  const BriefingTimelineItem *item;

  if (index >= n_items (self))
    return;

  item = briefing_timeline_layout_get_item (self->layout, index);
  briefing_timeline_set_selected_event (self, item->event);
}

static void
rebuild (BriefingTimeline *self)
{
  g_clear_pointer (&self->layout, briefing_timeline_layout_free);
  self->layout = briefing_timeline_layout_new (self->events);
  g_array_set_size (self->label_hits, 0);
  briefing_timeline_invalidate_style (self);

  if (self->selected != NULL && !briefing_timeline_layout_find (self->layout, self->selected, NULL))
    briefing_timeline_set_selected_event (self, NULL);
  else
    update_description (self);

  update_actions (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
on_events_items_changed (BriefingTimeline *self)
{
  rebuild (self);
}

void
briefing_timeline_activate_event (BriefingTimeline *self,
                                  BriefingEvent    *event)
{
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
}

/* Markers are drawn for the screen's scale. */
static void
on_scale_factor_changed (BriefingTimeline *self)
{
  briefing_timeline_invalidate_style (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BriefingTimeline *self = BRIEFING_TIMELINE (widget);

  if (g_str_equal (action_name, "timeline.zoom-in"))
    briefing_timeline_zoom_in (self);
  else if (g_str_equal (action_name, "timeline.zoom-out"))
    briefing_timeline_zoom_out (self);
  else
    briefing_timeline_zoom_fit (self);
}

/* Moves the selection along time: from no selection, next starts at the first event and previous
 * at the last. */
static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BriefingTimeline *self = BRIEFING_TIMELINE (widget);
  guint n = n_items (self), index;
  gboolean has = self->selected != NULL &&
                 briefing_timeline_layout_find (self->layout, self->selected, &index);

  if (g_str_equal (action_name, "timeline.select-none"))
    briefing_timeline_set_selected_event (self, NULL);
  else if (n == 0)
    return;
  else if (g_str_equal (action_name, "timeline.select-first"))
    select_index (self, 0);
  else if (g_str_equal (action_name, "timeline.select-last"))
    select_index (self, n - 1);
  else if (g_str_equal (action_name, "timeline.select-next"))
    select_index (self, has ? MIN (index + 1, n - 1) : 0);
  else if (g_str_equal (action_name, "timeline.select-previous"))
    select_index (self, has ? (index > 0 ? index - 1 : 0) : n - 1);
}

static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BriefingTimeline *self = BRIEFING_TIMELINE (widget);
  gint64 page = (self->visible_end - self->visible_start) * 4 / 5;

  briefing_timeline_pan (self, g_str_equal (action_name, "timeline.page-earlier") ? -page : page);
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BriefingTimeline *self = BRIEFING_TIMELINE (widget);

  if (self->selected != NULL)
    briefing_timeline_activate_event (self, self->selected);
}

/* Left and Right follow the reading direction: in a right-to-left locale, Right goes back in
 * time. */
static gboolean
move_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   user_data)
{
  gboolean right = g_variant_get_boolean (args);
  gboolean later = right != briefing_timeline_is_rtl (BRIEFING_TIMELINE (widget));
  const char *action = later ? "timeline.select-next" : "timeline.select-previous";

  return gtk_widget_activate_action (widget, action, NULL);
}

static void
briefing_timeline_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  BriefingTimeline *self = BRIEFING_TIMELINE (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      briefing_timeline_ensure_style (self);
      *minimum = self->gutter + 2 * TIMELINE_PLOT_PAD + 160;
      *natural = MAX (*minimum, 720);
    }
  else
    {
      guint n_lanes = MAX (briefing_timeline_layout_get_n_lanes (self->layout), 1);

      *minimum = TIMELINE_AXIS_HEIGHT + n_lanes * TIMELINE_LANE_HEIGHT + TIMELINE_BOTTOM_PAD;
      *natural = *minimum;
    }
}

static void
briefing_timeline_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  BriefingTimeline *self = BRIEFING_TIMELINE (widget);

  self->width = width;
  briefing_timeline_update_geometry (self);
}

static void
briefing_timeline_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  briefing_timeline_snapshot_contents (BRIEFING_TIMELINE (widget), snapshot);
}

static gboolean
briefing_timeline_query_tooltip (GtkWidget  *widget,
                                 int         x,
                                 int         y,
                                 gboolean    keyboard_mode,
                                 GtkTooltip *tooltip)
{
  BriefingTimeline *self = BRIEFING_TIMELINE (widget);
  g_autofree char *markup = NULL;
  double ex = x, ey = y;

  if (keyboard_mode && !briefing_timeline_get_event_position (self, self->selected, &ex, &ey))
    return FALSE;

  markup = briefing_timeline_dup_tooltip_markup (self, ex, ey);
  if (markup == NULL)
    return FALSE;

  gtk_tooltip_set_markup (tooltip, markup);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { ex - 12, ey - 12, 24, 24 });
  return TRUE;
}

static void
briefing_timeline_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (briefing_timeline_parent_class)->css_changed (widget, change);

  /* The parent class already asked for a new size if the change affects it. Hovering and focus
   * change the state but not what the caches were made from. */
  if (briefing_timeline_style_differs (BRIEFING_TIMELINE (widget)))
    {
      briefing_timeline_invalidate_style (BRIEFING_TIMELINE (widget));
      gtk_widget_queue_draw (widget);
    }
}

static void
briefing_timeline_direction_changed (GtkWidget        *widget,
                                     GtkTextDirection  previous_direction)
{
  GTK_WIDGET_CLASS (briefing_timeline_parent_class)->direction_changed (widget, previous_direction);

  briefing_timeline_invalidate_style (BRIEFING_TIMELINE (widget));
  gtk_widget_queue_draw (widget);
}

static void
briefing_timeline_dispose (GObject *object)
{
  BriefingTimeline *self = BRIEFING_TIMELINE (object);

  briefing_timeline_set_events (self, NULL);
  g_clear_object (&self->selected);

  G_OBJECT_CLASS (briefing_timeline_parent_class)->dispose (object);
}

static void
briefing_timeline_finalize (GObject *object)
{
  BriefingTimeline *self = BRIEFING_TIMELINE (object);

  briefing_timeline_clear_caches (self);
  g_clear_pointer (&self->layout, briefing_timeline_layout_free);
  g_clear_pointer (&self->label_hits, g_array_unref);

  G_OBJECT_CLASS (briefing_timeline_parent_class)->finalize (object);
}

static void
briefing_timeline_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BriefingTimeline *self = BRIEFING_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_EVENTS:
      g_value_set_object (value, self->events);
      break;
    case PROP_SELECTED_EVENT:
      g_value_set_object (value, self->selected);
      break;
    case PROP_VISIBLE_START:
      g_value_set_int64 (value, self->visible_start);
      break;
    case PROP_VISIBLE_END:
      g_value_set_int64 (value, self->visible_end);
      break;
    case PROP_NOW:
      g_value_set_int64 (value, self->now);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_timeline_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BriefingTimeline *self = BRIEFING_TIMELINE (object);
  gint64 t, span = self->visible_end - self->visible_start;

  switch (prop_id)
    {
    case PROP_EVENTS:
      briefing_timeline_set_events (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_EVENT:
      briefing_timeline_set_selected_event (self, g_value_get_object (value));
      break;
    /* One edge at a time: an edge set past the other moves the range and keeps its span. */
    case PROP_VISIBLE_START:
      t = g_value_get_int64 (value);
      set_range (self, t, t < self->visible_end ? self->visible_end : t + span);
      break;
    case PROP_VISIBLE_END:
      t = g_value_get_int64 (value);
      set_range (self, t > self->visible_start ? self->visible_start : t - span, t);
      break;
    case PROP_NOW:
      briefing_timeline_set_now (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_timeline_class_init (BriefingTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const struct { guint keyval; GdkModifierType mods; const char *action; } keys[] = {
    { GDK_KEY_plus, GDK_CONTROL_MASK, "timeline.zoom-in" },
    { GDK_KEY_equal, GDK_CONTROL_MASK, "timeline.zoom-in" },
    { GDK_KEY_KP_Add, GDK_CONTROL_MASK, "timeline.zoom-in" },
    { GDK_KEY_minus, GDK_CONTROL_MASK, "timeline.zoom-out" },
    { GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "timeline.zoom-out" },
    { GDK_KEY_0, GDK_CONTROL_MASK, "timeline.zoom-fit" },
    { GDK_KEY_KP_0, GDK_CONTROL_MASK, "timeline.zoom-fit" },
    { GDK_KEY_Home, 0, "timeline.select-first" },
    { GDK_KEY_KP_Home, 0, "timeline.select-first" },
    { GDK_KEY_End, 0, "timeline.select-last" },
    { GDK_KEY_KP_End, 0, "timeline.select-last" },
    { GDK_KEY_Escape, 0, "timeline.select-none" },
    { GDK_KEY_Page_Up, 0, "timeline.page-earlier" },
    { GDK_KEY_KP_Page_Up, 0, "timeline.page-earlier" },
    { GDK_KEY_Page_Down, 0, "timeline.page-later" },
    { GDK_KEY_KP_Page_Down, 0, "timeline.page-later" },
    { GDK_KEY_Return, 0, "timeline.activate" },
    { GDK_KEY_KP_Enter, 0, "timeline.activate" },
    { GDK_KEY_ISO_Enter, 0, "timeline.activate" },
    { GDK_KEY_space, 0, "timeline.activate" },
  };

  object_class->dispose = briefing_timeline_dispose;
  object_class->finalize = briefing_timeline_finalize;
  object_class->get_property = briefing_timeline_get_property;
  object_class->set_property = briefing_timeline_set_property;

  widget_class->measure = briefing_timeline_measure;
  widget_class->size_allocate = briefing_timeline_size_allocate;
  widget_class->snapshot = briefing_timeline_snapshot;
  widget_class->query_tooltip = briefing_timeline_query_tooltip;
  widget_class->css_changed = briefing_timeline_css_changed;
  widget_class->direction_changed = briefing_timeline_direction_changed;

  properties[PROP_EVENTS] =
    g_param_spec_object ("events", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_EVENT] =
    g_param_spec_object ("selected-event", NULL, NULL, BRIEFING_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VISIBLE_START] =
    g_param_spec_int64 ("visible-start", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VISIBLE_END] =
    g_param_spec_int64 ("visible-end", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOW] =
    g_param_spec_int64 ("now", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, BRIEFING_TYPE_EVENT);

  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "timeline.select-next", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "timeline.select-previous", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "timeline.select-first", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "timeline.select-last", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "timeline.select-none", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "timeline.page-earlier", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "timeline.page-later", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "timeline.activate", NULL, activate_action);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].keyval, keys[i].mods,
                                         keys[i].action, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, 0, move_cb, "b", FALSE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Left, 0, move_cb, "b", FALSE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, 0, move_cb, "b", TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Right, 0, move_cb, "b", TRUE);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST_BOX);
}

static void
briefing_timeline_init (BriefingTimeline *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  self->now = g_get_real_time () / G_USEC_PER_SEC;
  self->visible_start = self->now - 45 * 86400;
  self->visible_end = self->now + 45 * 86400;
  self->pointer_x = -1;
  self->layout = briefing_timeline_layout_new (NULL);
  self->label_hits = g_array_new (FALSE, FALSE, sizeof (TimelineLabelHit));
  briefing_timeline_init_caches (self);
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (on_scale_factor_changed), NULL);

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_focus_on_click (widget, TRUE);
  gtk_widget_set_has_tooltip (widget, TRUE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);

  briefing_timeline_init_input (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"),
                                  -1);
  update_description (self);
  update_actions (self);
}

GtkWidget *
briefing_timeline_new (void)
{
  return g_object_new (BRIEFING_TYPE_TIMELINE, NULL);
}

GListModel *
briefing_timeline_get_events (BriefingTimeline *self)
{
  g_return_val_if_fail (BRIEFING_IS_TIMELINE (self), NULL);

  return self->events;
}

void
briefing_timeline_set_events (BriefingTimeline *self,
                              GListModel       *events)
{
  g_return_if_fail (BRIEFING_IS_TIMELINE (self));
  g_return_if_fail (events == NULL || G_IS_LIST_MODEL (events));

  if (self->events == events)
    return;

  g_clear_signal_handler (&self->items_changed_id, self->events);
  g_set_object (&self->events, events);
  if (events != NULL)
    self->items_changed_id = g_signal_connect_swapped (events, "items-changed",
                                                       G_CALLBACK (on_events_items_changed), self);

  rebuild (self);
  briefing_timeline_zoom_fit (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENTS]);
}

BriefingEvent *
briefing_timeline_get_selected_event (BriefingTimeline *self)
{
  g_return_val_if_fail (BRIEFING_IS_TIMELINE (self), NULL);

  return self->selected;
}

void
briefing_timeline_set_selected_event (BriefingTimeline *self,
                                      BriefingEvent    *event)
{
  g_return_if_fail (BRIEFING_IS_TIMELINE (self));
  g_return_if_fail (event == NULL || BRIEFING_IS_EVENT (event));

  if (!g_set_object (&self->selected, event))
    return;

  scroll_to_selected (self);
  update_description (self);
  update_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT]);
}

gint64
briefing_timeline_get_visible_start (BriefingTimeline *self)
{
  g_return_val_if_fail (BRIEFING_IS_TIMELINE (self), 0);

  return self->visible_start;
}

gint64
briefing_timeline_get_visible_end (BriefingTimeline *self)
{
  g_return_val_if_fail (BRIEFING_IS_TIMELINE (self), 0);

  return self->visible_end;
}

void
briefing_timeline_set_visible_range (BriefingTimeline *self,
                                     gint64            start,
                                     gint64            end)
{
  g_return_if_fail (BRIEFING_IS_TIMELINE (self));
  g_return_if_fail (start < end);

  set_range (self, start, end);
}

gint64
briefing_timeline_get_now (BriefingTimeline *self)
{
  g_return_val_if_fail (BRIEFING_IS_TIMELINE (self), 0);

  return self->now;
}

void
briefing_timeline_set_now (BriefingTimeline *self,
                           gint64            now)
{
  g_return_if_fail (BRIEFING_IS_TIMELINE (self));

  if (self->now == now)
    return;

  self->now = now;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOW]);
}

void
briefing_timeline_zoom_in (BriefingTimeline *self)
{
  g_return_if_fail (BRIEFING_IS_TIMELINE (self));

  briefing_timeline_zoom_around (self, 0.5, 1 / ZOOM_STEP);
}

void
briefing_timeline_zoom_out (BriefingTimeline *self)
{
  g_return_if_fail (BRIEFING_IS_TIMELINE (self));

  briefing_timeline_zoom_around (self, 0.5, ZOOM_STEP);
}

void
briefing_timeline_zoom_fit (BriefingTimeline *self)
{
  gint64 first, last, start, end;

  g_return_if_fail (BRIEFING_IS_TIMELINE (self));

  if (!briefing_timeline_layout_get_extent (self->layout, &first, &last))
    return;

  briefing_timeline_range_fit (first, last, &start, &end);
  set_range (self, start, end);
}
