/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-party-dot"

#include "config.h"

#include "briefing-party-dot.h"

struct _BriefingPartyDot
{
  GtkWidget  parent_instance;

  char      *color;
  GdkRGBA    rgba;
  gboolean   has_rgba;
};

G_DEFINE_FINAL_TYPE (BriefingPartyDot, briefing_party_dot, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COLOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
briefing_party_dot_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  BriefingPartyDot *self = BRIEFING_PARTY_DOT (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  float size = MIN (width, height);
  GskRoundedRect outline;
  GdkRGBA fill, ring;
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (size <= 0)
    return;

  /* The theme's foreground, faint, rings the dot so dark party colours stay visible on a dark
   * background and light ones on a light background. */
  gtk_style_context_get_color (context, &ring);
  if (self->has_rgba)
    fill = self->rgba;
  else
    fill = (GdkRGBA) { ring.red, ring.green, ring.blue, ring.alpha * 0.45f };
  ring.alpha *= 0.25f;

  gsk_rounded_rect_init_from_rect (&outline,
                                   &GRAPHENE_RECT_INIT ((width - size) / 2, (height - size) / 2,
                                                        size, size),
                                   size / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  gtk_snapshot_append_color (snapshot, &fill, &outline.bounds);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &outline,
                              (float[4]) { 1, 1, 1, 1 },
                              (GdkRGBA[4]) { ring, ring, ring, ring });
}

static void
briefing_party_dot_finalize (GObject *object)
{
  BriefingPartyDot *self = BRIEFING_PARTY_DOT (object);

  g_free (self->color);

  G_OBJECT_CLASS (briefing_party_dot_parent_class)->finalize (object);
}

static void
briefing_party_dot_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  BriefingPartyDot *self = BRIEFING_PARTY_DOT (object);

  switch (prop_id)
    {
    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_party_dot_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  BriefingPartyDot *self = BRIEFING_PARTY_DOT (object);

  switch (prop_id)
    {
    case PROP_COLOR:
      briefing_party_dot_set_color (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_party_dot_class_init (BriefingPartyDotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = briefing_party_dot_finalize;
  object_class->get_property = briefing_party_dot_get_property;
  object_class->set_property = briefing_party_dot_set_property;
  widget_class->snapshot = briefing_party_dot_snapshot;

  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Its size comes from CSS (min-width, min-height). */
  gtk_widget_class_set_css_name (widget_class, "partydot");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
briefing_party_dot_init (BriefingPartyDot *self)
{
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

GtkWidget *
briefing_party_dot_new (const char *color)
{
  return g_object_new (BRIEFING_TYPE_PARTY_DOT, "color", color, NULL);
}

const char *
briefing_party_dot_get_color (BriefingPartyDot *self)
{
  g_return_val_if_fail (BRIEFING_IS_PARTY_DOT (self), NULL);

  return self->color;
}

void
briefing_party_dot_set_color (BriefingPartyDot *self,
                              const char       *color)
{
  g_return_if_fail (BRIEFING_IS_PARTY_DOT (self));

  if (g_strcmp0 (self->color, color) == 0)
    return;

  g_free (self->color);
  self->color = g_strdup (color);
  self->has_rgba = color != NULL && gdk_rgba_parse (&self->rgba, color);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}
