/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-note-row"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-annotation-colors.h"
#include "briefing-annotation-swatch.h"
#include "briefing-annotation-text.h"
#include "briefing-note-row.h"
#include "briefing-tooltip.h"

struct _BriefingNoteRow
{
  GtkWidget                 parent_instance;

  /* Template widgets */
  GtkImage                 *kind_icon;
  BriefingAnnotationSwatch *swatch;
  GtkLabel                 *meaning_label;
  GtkLabel                 *kind_label;
  GtkWidget                *detached_badge;
  GtkLabel                 *target_label;
  GtkLabel                 *quote_label;
  GtkLabel                 *note_label;
  GtkFlowBox               *tags_box;
  GtkWidget                *question_box;
  GtkWidget                *owner_box;
  GtkLabel                 *owner_label;
  GtkWidget                *deadline_box;
  GtkLabel                 *deadline_label;
  GtkWidget                *overdue_label;
  GtkWidget                *edit_button;
  GtkWidget                *delete_button;

  /* Owned */
  BriefingAnnotation       *annotation;
  BriefingAnnotationStore  *store;
  BriefingBundle           *bundle;
};

G_DEFINE_FINAL_TYPE (BriefingNoteRow, briefing_note_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ANNOTATION,
  PROP_STORE,
  PROP_BUNDLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_text (GtkLabel   *label,
          const char *text)
{
  gboolean has_text = text != NULL && *text != '\0';

  gtk_label_set_text (label, has_text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), has_text);
}

/* Chips are reused from one annotation to the next: rows are rebound often, and quickly. */
static void
set_tags (BriefingNoteRow    *self,
          const char * const *tags)
{
  GtkFlowBoxChild *child;
  guint i;

  for (i = 0; tags[i] != NULL; i++)
    {
      if ((child = gtk_flow_box_get_child_at_index (self->tags_box, i)) == NULL)
        {
          GtkWidget *chip = gtk_label_new (NULL);

          gtk_widget_add_css_class (chip, "chip");
          gtk_widget_add_css_class (chip, "tag");
          gtk_flow_box_append (self->tags_box, chip);
          child = gtk_flow_box_get_child_at_index (self->tags_box, i);
          gtk_widget_set_focusable (GTK_WIDGET (child), FALSE);
        }
      gtk_label_set_text (GTK_LABEL (gtk_flow_box_child_get_child (child)), tags[i]);
      gtk_widget_set_visible (GTK_WIDGET (child), TRUE);
    }
  for (; (child = gtk_flow_box_get_child_at_index (self->tags_box, i)) != NULL; i++)
    gtk_widget_set_visible (GTK_WIDGET (child), FALSE);

  gtk_widget_set_visible (GTK_WIDGET (self->tags_box), tags[0] != NULL);
}

/* The colour's meaning follows the store, which may change it while the row is shown. */
static void
update_meaning (BriefingNoteRow *self)
{
  const char *color = self->annotation != NULL ? briefing_annotation_get_color (self->annotation) : NULL;
  const char *meaning = NULL;

  if (color != NULL && self->store != NULL)
    meaning = briefing_annotation_store_get_label (self->store, color);
  if (color != NULL && (meaning == NULL || *meaning == '\0'))
    meaning = briefing_annotation_color_name (color);

  briefing_annotation_swatch_set_color (self->swatch, color);
  gtk_widget_set_visible (GTK_WIDGET (self->swatch), color != NULL);
  set_text (self->meaning_label, meaning);
}

static void
update (BriefingNoteRow *self)
{
  BriefingAnnotation *annotation = self->annotation;
  BriefingAnnotationKind kind;
  const char *exact = NULL;
  const char *owner;
  g_autofree char *target = NULL;
  g_autofree char *quote = NULL;
  g_autofree char *due = NULL;
  g_autofree char *owner_text = NULL;
  g_autofree char *edit_label = NULL;
  g_autofree char *delete_label = NULL;
  gboolean overdue = FALSE;
  gboolean is_question;

  if (annotation == NULL)
    return;

  kind = briefing_annotation_get_kind (annotation);
  is_question = kind == BRIEFING_ANNOTATION_KIND_QUESTION;

  gtk_image_set_from_icon_name (self->kind_icon, briefing_annotation_kind_icon_name (kind));
  gtk_label_set_text (self->kind_label, briefing_annotation_kind_name (kind));
  update_meaning (self);

  target = briefing_annotation_dup_target (annotation, self->bundle);
  gtk_label_set_text (self->target_label, target);

  if (briefing_annotation_get_target_kind (annotation) == BRIEFING_TARGET_ARTICLE)
    exact = briefing_annotation_get_exact (annotation);
  if (exact != NULL && *exact != '\0')
    /* Translators: quoted words from an article */
    quote = g_strdup_printf (_("“%s”"), exact);
  set_text (self->quote_label, quote);
  gtk_widget_set_visible (self->detached_badge, briefing_annotation_get_detached (annotation));
  set_text (self->note_label, briefing_annotation_get_note (annotation));

  set_tags (self, briefing_annotation_get_tags (annotation));

  owner = is_question ? briefing_annotation_get_owner (annotation) : NULL;
  if (owner != NULL && *owner != '\0')
    /* Translators: who is to answer a question; %s is a party or a person */
    owner_text = g_strdup_printf (_("Owner: %s"), briefing_annotation_owner_name (owner, self->bundle));
  set_text (self->owner_label, owner_text);
  gtk_widget_set_visible (self->owner_box, owner_text != NULL);

  due = is_question ? briefing_annotation_dup_due (annotation, &overdue) : NULL;
  set_text (self->deadline_label, due);
  gtk_widget_set_visible (self->deadline_box, due != NULL);
  gtk_widget_set_visible (self->overdue_label, overdue);
  if (overdue)
    gtk_widget_add_css_class (self->deadline_box, "overdue");
  else
    gtk_widget_remove_css_class (self->deadline_box, "overdue");
  gtk_widget_set_visible (self->question_box, owner_text != NULL || due != NULL);

  /* The buttons act on this annotation, and tell assistive technologies what kind of thing that
   * is. Tooltips stay as they are: setting one on a shown widget asks the X server where the
   * pointer is, a round trip per row bound. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->edit_button), "s",
                                    briefing_annotation_get_id (annotation));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->edit_button), "notes.edit");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->delete_button), "s",
                                    briefing_annotation_get_id (annotation));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete_button), "notes.delete");
  switch (kind)
    {
    case BRIEFING_ANNOTATION_KIND_HIGHLIGHT:
      edit_label = g_strdup (_("Edit Highlight"));
      delete_label = g_strdup (_("Delete Highlight"));
      break;
    case BRIEFING_ANNOTATION_KIND_QUESTION:
      edit_label = g_strdup (_("Edit Question"));
      delete_label = g_strdup (_("Delete Question"));
      break;
    case BRIEFING_ANNOTATION_KIND_NOTE:
    default:
      edit_label = g_strdup (_("Edit Note"));
      delete_label = g_strdup (_("Delete Note"));
      break;
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->edit_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, edit_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, delete_label, -1);
}

static void
briefing_note_row_dispose (GObject *object)
{
  BriefingNoteRow *self = BRIEFING_NOTE_ROW (object);

  g_clear_object (&self->annotation);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, update_meaning, self);
  g_clear_object (&self->store);
  g_clear_object (&self->bundle);
  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_NOTE_ROW);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (briefing_note_row_parent_class)->dispose (object);
}

static void
briefing_note_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BriefingNoteRow *self = BRIEFING_NOTE_ROW (object);

  switch (prop_id)
    {
    case PROP_ANNOTATION:
      g_value_set_object (value, self->annotation);
      break;
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_BUNDLE:
      g_value_set_object (value, self->bundle);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_note_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BriefingNoteRow *self = BRIEFING_NOTE_ROW (object);

  switch (prop_id)
    {
    case PROP_ANNOTATION:
      briefing_note_row_set_annotation (self, g_value_get_object (value));
      break;
    case PROP_STORE:
      briefing_note_row_set_store (self, g_value_get_object (value));
      break;
    case PROP_BUNDLE:
      briefing_note_row_set_bundle (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_note_row_class_init (BriefingNoteRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_note_row_dispose;
  object_class->get_property = briefing_note_row_get_property;
  object_class->set_property = briefing_note_row_set_property;

  properties[PROP_ANNOTATION] =
    g_param_spec_object ("annotation", NULL, NULL, BRIEFING_TYPE_ANNOTATION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, BRIEFING_TYPE_ANNOTATION_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUNDLE] =
    g_param_spec_object ("bundle", NULL, NULL, BRIEFING_TYPE_BUNDLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BRIEFING_TYPE_ANNOTATION_SWATCH);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/briefing/Briefing/briefing-note-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingNoteRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, BriefingNoteRow, swatch);
  gtk_widget_class_bind_template_child (widget_class, BriefingNoteRow, meaning_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingNoteRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingNoteRow, detached_badge);
  gtk_widget_class_bind_template_child (widget_class, BriefingNoteRow, target_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingNoteRow, quote_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingNoteRow, note_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingNoteRow, tags_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingNoteRow, question_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingNoteRow, owner_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingNoteRow, owner_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingNoteRow, deadline_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingNoteRow, deadline_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingNoteRow, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingNoteRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, BriefingNoteRow, delete_button);

  gtk_widget_class_set_css_name (widget_class, "noterow");
}

static void
briefing_note_row_init (BriefingNoteRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Here rather than in the template, where each would cost a round trip to the X server. */
  briefing_widget_set_tooltip (GTK_WIDGET (self->detached_badge), _("The quoted words are no longer in the article"));
  briefing_widget_set_tooltip (GTK_WIDGET (self->edit_button), _("Edit"));
  briefing_widget_set_tooltip (GTK_WIDGET (self->delete_button), _("Delete"));
}

GtkWidget *
briefing_note_row_new (void)
{
  return g_object_new (BRIEFING_TYPE_NOTE_ROW, NULL);
}

BriefingAnnotation *
briefing_note_row_get_annotation (BriefingNoteRow *self)
{
  g_return_val_if_fail (BRIEFING_IS_NOTE_ROW (self), NULL);

  return self->annotation;
}

void
briefing_note_row_set_annotation (BriefingNoteRow    *self,
                                  BriefingAnnotation *annotation)
{
  g_return_if_fail (BRIEFING_IS_NOTE_ROW (self));
  g_return_if_fail (annotation == NULL || BRIEFING_IS_ANNOTATION (annotation));

  if (!g_set_object (&self->annotation, annotation))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANNOTATION]);
}

BriefingAnnotationStore *
briefing_note_row_get_store (BriefingNoteRow *self)
{
  g_return_val_if_fail (BRIEFING_IS_NOTE_ROW (self), NULL);

  return self->store;
}

void
briefing_note_row_set_store (BriefingNoteRow         *self,
                             BriefingAnnotationStore *store)
{
  g_return_if_fail (BRIEFING_IS_NOTE_ROW (self));
  g_return_if_fail (store == NULL || BRIEFING_IS_ANNOTATION_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (self->store, update_meaning, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "labels-changed", G_CALLBACK (update_meaning), self, G_CONNECT_SWAPPED);

  update_meaning (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

BriefingBundle *
briefing_note_row_get_bundle (BriefingNoteRow *self)
{
  g_return_val_if_fail (BRIEFING_IS_NOTE_ROW (self), NULL);

  return self->bundle;
}

void
briefing_note_row_set_bundle (BriefingNoteRow *self,
                              BriefingBundle  *bundle)
{
  g_return_if_fail (BRIEFING_IS_NOTE_ROW (self));
  g_return_if_fail (bundle == NULL || BRIEFING_IS_BUNDLE (bundle));

  if (!g_set_object (&self->bundle, bundle))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUNDLE]);
}
