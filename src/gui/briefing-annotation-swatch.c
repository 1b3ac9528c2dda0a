/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-annotation-swatch"

#include "config.h"

#include "briefing-annotation-colors.h"
#include "briefing-annotation-swatch.h"

struct _BriefingAnnotationSwatch
{
  GtkWidget  parent_instance;

  char      *color;
};

G_DEFINE_FINAL_TYPE (BriefingAnnotationSwatch, briefing_annotation_swatch, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COLOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
briefing_annotation_swatch_snapshot (GtkWidget   *widget,
                                     GtkSnapshot *snapshot)
{
  BriefingAnnotationSwatch *self = BRIEFING_ANNOTATION_SWATCH (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  float size = MIN (width, height);
  GskRoundedRect outline;
  GdkRGBA fill, ring;

  if (size <= 0)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &ring);
  gsk_rounded_rect_init_from_rect (&outline,
                                   &GRAPHENE_RECT_INIT ((width - size) / 2, (height - size) / 2,
                                                        size, size),
                                   size / 2);

  /* The highlight's own hue, opaque: at this size a tint would be too faint to tell apart. */
  if (briefing_annotation_color_rgba (self->color, briefing_annotation_color_is_dark_theme (widget),
                                      &fill))
    {
      fill.alpha = 1.f;
      gtk_snapshot_push_rounded_clip (snapshot, &outline);
      gtk_snapshot_append_color (snapshot, &fill, &outline.bounds);
      gtk_snapshot_pop (snapshot);
      ring.alpha *= 0.3f;
    }
  else
    ring.alpha *= 0.55f;

  /* The theme's foreground, faint, rings the swatch so light colours show on light backgrounds. */
  gtk_snapshot_append_border (snapshot, &outline,
                              (float[4]) { 1, 1, 1, 1 },
                              (GdkRGBA[4]) { ring, ring, ring, ring });
}

static void
briefing_annotation_swatch_finalize (GObject *object)
{
  BriefingAnnotationSwatch *self = BRIEFING_ANNOTATION_SWATCH (object);

  g_free (self->color);

  G_OBJECT_CLASS (briefing_annotation_swatch_parent_class)->finalize (object);
}

static void
briefing_annotation_swatch_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  BriefingAnnotationSwatch *self = BRIEFING_ANNOTATION_SWATCH (object);

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
briefing_annotation_swatch_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  BriefingAnnotationSwatch *self = BRIEFING_ANNOTATION_SWATCH (object);

  switch (prop_id)
    {
    case PROP_COLOR:
      briefing_annotation_swatch_set_color (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_annotation_swatch_class_init (BriefingAnnotationSwatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = briefing_annotation_swatch_finalize;
  object_class->get_property = briefing_annotation_swatch_get_property;
  object_class->set_property = briefing_annotation_swatch_set_property;
  widget_class->snapshot = briefing_annotation_swatch_snapshot;

  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "annotationswatch");
  /* Decoration: the meaning written beside it is what assistive technologies read. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
briefing_annotation_swatch_init (BriefingAnnotationSwatch *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "annotation-color");
  gtk_widget_add_css_class (GTK_WIDGET (self), "none");
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

GtkWidget *
briefing_annotation_swatch_new (const char *color)
{
  return g_object_new (BRIEFING_TYPE_ANNOTATION_SWATCH, "color", color, NULL);
}

const char *
briefing_annotation_swatch_get_color (BriefingAnnotationSwatch *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_SWATCH (self), NULL);

  return self->color;
}

void
briefing_annotation_swatch_set_color (BriefingAnnotationSwatch *self,
                                      const char               *color)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GdkRGBA unused;

  g_return_if_fail (BRIEFING_IS_ANNOTATION_SWATCH (self));

  /* Unknown colours (from a newer store, say) are drawn as none. */
  if (!briefing_annotation_color_rgba (color, FALSE, &unused))
    color = NULL;

  if (g_strcmp0 (self->color, color) == 0)
    return;

  gtk_widget_remove_css_class (widget, self->color != NULL ? self->color : "none");
  g_free (self->color);
  self->color = g_strdup (color);
  gtk_widget_add_css_class (widget, color != NULL ? color : "none");

  gtk_widget_queue_draw (widget);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}
