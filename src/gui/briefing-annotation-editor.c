/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-annotation-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-annotation-colors.h"
#include "briefing-annotation-editor.h"
#include "briefing-annotation-swatch.h"
#include "briefing-annotation-text.h"
#include "briefing-color-labels-dialog.h"
#include "briefing-party.h"

struct _BriefingAnnotationEditor
{
  GtkWindow                parent_instance;

  /* Template widgets */
  GtkLabel                *target_label;
  GtkLabel                *quote_label;
  GtkBox                  *color_box;
  GtkLabel                *meaning_label;
  GtkTextView             *note_view;
  GtkEntry                *tags_entry;
  GtkWidget               *question_grid;
  GtkDropDown             *owner_dropdown;
  GtkStringList           *owner_list;
  GtkEntry                *owner_entry;
  GtkEntry                *deadline_entry;
  GtkCalendar             *calendar;
  GtkPopover              *calendar_popover;
  GtkLabel                *deadline_error;

  /* Not owned: children of color_box. [0] is "None", then briefing_annotation_colors' order. */
  GtkToggleButton         *color_buttons[BRIEFING_N_COLORS + 1];

  /* Owned */
  BriefingAnnotation      *annotation;
  BriefingAnnotationStore *store;
  BriefingBundle          *bundle;
  GPtrArray               *owner_ids;   /* party ids in the owner dropdown, after "Not assigned" */
};

G_DEFINE_FINAL_TYPE (BriefingAnnotationEditor, briefing_annotation_editor, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_ANNOTATION,
  PROP_STORE,
  PROP_BUNDLE,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
button_color (guint index)
{
  return index > 0 ? briefing_annotation_colors[index - 1] : NULL;
}

static const char *
color_meaning (BriefingAnnotationEditor *self,
               const char               *color)
{
  const char *meaning = briefing_annotation_store_get_label (self->store, color);

  return meaning != NULL && *meaning != '\0' ? meaning : briefing_annotation_color_name (color);
}

static guint
selected_color_index (BriefingAnnotationEditor *self)
{
  for (guint i = 0; i <= BRIEFING_N_COLORS; i++)
    if (gtk_toggle_button_get_active (self->color_buttons[i]))
      return i;

  return 0;
}

/* The colour chosen, in words, so the choice does not rest on the swatch alone. */
static void
update_meaning_label (BriefingAnnotationEditor *self)
{
  const char *color = button_color (selected_color_index (self));
  g_autofree char *text = NULL;

  if (color == NULL)
    text = g_strdup (_("No colour"));
  else
    /* Translators: a colour's name and what it means, e.g. "Yellow: Key demand" */
    text = g_strdup_printf (C_("colour label", "%s: %s"), briefing_annotation_color_name (color),
                            color_meaning (self, color));
  gtk_label_set_text (self->meaning_label, text);
}

static void
update_color_buttons (BriefingAnnotationEditor *self)
{
  for (guint i = 1; i <= BRIEFING_N_COLORS; i++)
    {
      const char *color = button_color (i);
      const char *meaning = color_meaning (self, color);

      gtk_widget_set_tooltip_text (GTK_WIDGET (self->color_buttons[i]), meaning);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->color_buttons[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, meaning,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      briefing_annotation_color_name (color),
                                      -1);
    }
  update_meaning_label (self);
}

static void
create_color_buttons (BriefingAnnotationEditor *self)
{
  for (guint i = 0; i <= BRIEFING_N_COLORS; i++)
    {
      GtkWidget *button = gtk_toggle_button_new ();

      gtk_button_set_child (GTK_BUTTON (button), briefing_annotation_swatch_new (button_color (i)));
      gtk_widget_add_css_class (button, "color-button");
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), self->color_buttons[0]);
      g_signal_connect_object (button, "toggled", G_CALLBACK (update_meaning_label), self, G_CONNECT_SWAPPED);
      gtk_box_append (self->color_box, button);
      self->color_buttons[i] = GTK_TOGGLE_BUTTON (button);
    }

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->color_buttons[0]), _("No colour"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->color_buttons[0]),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("No colour"), -1);
}

/* The deadline, parsed: TRUE with @deadline unset for an empty entry, FALSE when it is not a day. */
static gboolean
parse_deadline (BriefingAnnotationEditor *self,
                BriefingDate             *deadline)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->deadline_entry))));

  *deadline = (BriefingDate) { 0, };
  if (*text == '\0')
    return TRUE;

  return briefing_date_parse (text, deadline, NULL) && deadline->precision == BRIEFING_DATE_PRECISION_DAY;
}

static gboolean
is_question (BriefingAnnotationEditor *self)
{
  return briefing_annotation_get_kind (self->annotation) == BRIEFING_ANNOTATION_KIND_QUESTION;
}

static void
on_deadline_changed (BriefingAnnotationEditor *self)
{
  BriefingDate deadline;
  gboolean valid = !is_question (self) || parse_deadline (self, &deadline);

  gtk_widget_set_visible (GTK_WIDGET (self->deadline_error), !valid);
  if (valid)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->deadline_entry), "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->deadline_entry), GTK_ACCESSIBLE_STATE_INVALID);
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->deadline_entry), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->deadline_entry),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  /* Save waits for a date it can keep. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", valid);
}

static void
on_calendar_shown (BriefingAnnotationEditor *self)
{
  BriefingDate deadline;

  if (parse_deadline (self, &deadline) && briefing_date_is_set (&deadline))
    {
      g_autoptr(GDateTime) date = g_date_time_new_local (deadline.year, deadline.month, deadline.day,
                                                         0, 0, 0);

      gtk_calendar_select_day (self->calendar, date);
    }
}

static void
on_day_selected (BriefingAnnotationEditor *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");

  gtk_editable_set_text (GTK_EDITABLE (self->deadline_entry), text);
  gtk_popover_popdown (self->calendar_popover);
}

static gboolean
is_someone_else (BriefingAnnotationEditor *self)
{
  return gtk_drop_down_get_selected (self->owner_dropdown) == self->owner_ids->len + 1;
}

static void
on_owner_changed (BriefingAnnotationEditor *self)
{
  gboolean someone_else = is_someone_else (self);

  gtk_widget_set_visible (GTK_WIDGET (self->owner_entry), someone_else);
  if (someone_else && gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self->owner_entry));
}

static char *
dup_owner (BriefingAnnotationEditor *self)
{
  guint selected = gtk_drop_down_get_selected (self->owner_dropdown);
  g_autofree char *name = NULL;

  if (selected > 0 && selected <= self->owner_ids->len)
    return g_strdup (self->owner_ids->pdata[selected - 1]);
  if (!is_someone_else (self))
    return NULL;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->owner_entry))));
  return *name != '\0' ? g_steal_pointer (&name) : NULL;
}

/* "Ceasefire, prisoners,, ceasefire " → { "Ceasefire", "prisoners" } */
static GStrv
parse_tags (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (parts[i]);
      g_autofree char *folded = g_utf8_casefold (tag, -1);

      if (*tag == '\0' || g_ptr_array_find_with_equal_func (seen, folded, g_str_equal, NULL))
        continue;
      g_strv_builder_add (builder, tag);
      g_ptr_array_add (seen, g_steal_pointer (&folded));
    }

  return g_strv_builder_end (builder);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BriefingAnnotationEditor *self = BRIEFING_ANNOTATION_EDITOR (widget);
  g_autoptr(BriefingAnnotation) edited = briefing_annotation_copy (self->annotation);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter start, end;
  g_autofree char *note = NULL;
  g_auto(GStrv) tags = NULL;

  if (is_question (self))
    {
      BriefingDate deadline;
      g_autofree char *owner = dup_owner (self);

      if (!parse_deadline (self, &deadline))
        return;
      briefing_annotation_set_owner (edited, owner);
      briefing_annotation_set_deadline (edited, briefing_date_is_set (&deadline) ? &deadline : NULL);
    }

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  note = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  tags = parse_tags (gtk_editable_get_text (GTK_EDITABLE (self->tags_entry)));

  briefing_annotation_set_color (edited, button_color (selected_color_index (self)));
  briefing_annotation_set_note (edited, *note != '\0' ? note : NULL);
  briefing_annotation_set_tags (edited, (const char * const *) tags);
  briefing_annotation_touch (edited);

  g_signal_emit (self, signals[SAVED], 0, edited);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
edit_labels_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BriefingAnnotationEditor *self = BRIEFING_ANNOTATION_EDITOR (widget);
  BriefingColorLabelsDialog *dialog = briefing_color_labels_dialog_new (GTK_WINDOW (self), self->store);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_target (BriefingAnnotationEditor *self)
{
  g_autofree char *target = briefing_annotation_dup_target (self->annotation, self->bundle);
  const char *exact = briefing_annotation_get_exact (self->annotation);
  g_autofree char *quote = NULL;

  gtk_label_set_text (self->target_label, target);

  if (briefing_annotation_get_target_kind (self->annotation) == BRIEFING_TARGET_ARTICLE &&
      exact != NULL && *exact != '\0')
    quote = g_strdup_printf (_("“%s”"), exact);
  gtk_label_set_text (self->quote_label, quote != NULL ? quote : "");
  gtk_widget_set_visible (GTK_WIDGET (self->quote_label), quote != NULL);
}

static void
show_question (BriefingAnnotationEditor *self)
{
  const char *owner = briefing_annotation_get_owner (self->annotation);
  const BriefingDate *deadline = briefing_annotation_get_deadline (self->annotation);
  GListModel *parties = self->bundle != NULL ? briefing_bundle_get_parties (self->bundle) : NULL;
  guint selected = 0;

  gtk_string_list_append (self->owner_list, _("Not assigned"));
  for (guint i = 0; parties != NULL && i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(BriefingParty) party = g_list_model_get_item (parties, i);

      gtk_string_list_append (self->owner_list, briefing_party_get_name (party));
      g_ptr_array_add (self->owner_ids, g_strdup (briefing_party_get_id (party)));
      if (g_strcmp0 (owner, briefing_party_get_id (party)) == 0)
        selected = i + 1;
    }
  gtk_string_list_append (self->owner_list, _("Someone else…"));

  if (owner != NULL && *owner != '\0' && selected == 0)
    {
      selected = self->owner_ids->len + 1;
      gtk_editable_set_text (GTK_EDITABLE (self->owner_entry), owner);
    }
  gtk_drop_down_set_selected (self->owner_dropdown, selected);
  on_owner_changed (self);

  if (deadline != NULL && briefing_date_is_set (deadline))
    {
      BriefingDate day = briefing_date_coarsen (deadline, BRIEFING_DATE_PRECISION_DAY);
      g_autofree char *text = briefing_date_to_string (&day);

      gtk_editable_set_text (GTK_EDITABLE (self->deadline_entry), text);
    }
}

static void
set_title (BriefingAnnotationEditor *self)
{
  gboolean is_new = briefing_annotation_editor_get_is_new (self);
  const char *title;

  switch (briefing_annotation_get_kind (self->annotation))
    {
    case BRIEFING_ANNOTATION_KIND_HIGHLIGHT:
      title = is_new ? _("New Highlight") : _("Edit Highlight");
      break;
    case BRIEFING_ANNOTATION_KIND_QUESTION:
      title = is_new ? _("New Question") : _("Edit Question");
      break;
    case BRIEFING_ANNOTATION_KIND_NOTE:
    default:
      title = is_new ? _("New Note") : _("Edit Note");
      break;
    }
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
briefing_annotation_editor_constructed (GObject *object)
{
  BriefingAnnotationEditor *self = BRIEFING_ANNOTATION_EDITOR (object);
  const char *color = briefing_annotation_get_color (self->annotation);
  const char * const *tags = briefing_annotation_get_tags (self->annotation);
  const char *note = briefing_annotation_get_note (self->annotation);
  gboolean highlight = briefing_annotation_get_kind (self->annotation) == BRIEFING_ANNOTATION_KIND_HIGHLIGHT;
  g_autofree char *tags_text = g_strjoinv (", ", (char **) tags);
  guint color_index = 0;

  G_OBJECT_CLASS (briefing_annotation_editor_parent_class)->constructed (object);

  /* Meanings may change while the editor is open ("Edit Meanings…"). */
  g_signal_connect_object (self->store, "labels-changed", G_CALLBACK (update_color_buttons), self,
                           G_CONNECT_SWAPPED);
  set_title (self);
  show_target (self);

  create_color_buttons (self);
  for (guint i = 1; i <= BRIEFING_N_COLORS; i++)
    if (g_strcmp0 (color, button_color (i)) == 0)
      color_index = i;
  /* A highlight is its colour: it has no "None", and starts yellow. */
  gtk_widget_set_visible (GTK_WIDGET (self->color_buttons[0]), !highlight);
  if (highlight && color_index == 0)
    color_index = 1;
  gtk_toggle_button_set_active (self->color_buttons[color_index], TRUE);
  update_color_buttons (self);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), note != NULL ? note : "", -1);
  gtk_editable_set_text (GTK_EDITABLE (self->tags_entry), tags_text);

  gtk_widget_set_visible (self->question_grid, is_question (self));
  if (is_question (self))
    show_question (self);
  on_deadline_changed (self);

  gtk_widget_grab_focus (GTK_WIDGET (self->note_view));
}

static void
briefing_annotation_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BRIEFING_TYPE_ANNOTATION_EDITOR);

  G_OBJECT_CLASS (briefing_annotation_editor_parent_class)->dispose (object);
}

static void
briefing_annotation_editor_finalize (GObject *object)
{
  BriefingAnnotationEditor *self = BRIEFING_ANNOTATION_EDITOR (object);

  g_clear_object (&self->annotation);
  g_clear_object (&self->store);
  g_clear_object (&self->bundle);
  g_clear_pointer (&self->owner_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (briefing_annotation_editor_parent_class)->finalize (object);
}

static void
briefing_annotation_editor_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  BriefingAnnotationEditor *self = BRIEFING_ANNOTATION_EDITOR (object);

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
briefing_annotation_editor_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  BriefingAnnotationEditor *self = BRIEFING_ANNOTATION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_ANNOTATION:
      self->annotation = g_value_dup_object (value);
      break;
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_BUNDLE:
      self->bundle = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_annotation_editor_class_init (BriefingAnnotationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = briefing_annotation_editor_constructed;
  object_class->dispose = briefing_annotation_editor_dispose;
  object_class->finalize = briefing_annotation_editor_finalize;
  object_class->get_property = briefing_annotation_editor_get_property;
  object_class->set_property = briefing_annotation_editor_set_property;

  properties[PROP_ANNOTATION] =
    g_param_spec_object ("annotation", NULL, NULL, BRIEFING_TYPE_ANNOTATION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, BRIEFING_TYPE_ANNOTATION_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);
  properties[PROP_BUNDLE] =
    g_param_spec_object ("bundle", NULL, NULL, BRIEFING_TYPE_BUNDLE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BriefingAnnotationEditor::saved:
   * @edited: a new BriefingAnnotation with the annotation's id and the user's changes
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, BRIEFING_TYPE_ANNOTATION);

  g_type_ensure (BRIEFING_TYPE_ANNOTATION_SWATCH);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/briefing/Briefing/briefing-annotation-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingAnnotationEditor, target_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingAnnotationEditor, quote_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingAnnotationEditor, color_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingAnnotationEditor, meaning_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingAnnotationEditor, note_view);
  gtk_widget_class_bind_template_child (widget_class, BriefingAnnotationEditor, tags_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingAnnotationEditor, question_grid);
  gtk_widget_class_bind_template_child (widget_class, BriefingAnnotationEditor, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BriefingAnnotationEditor, owner_list);
  gtk_widget_class_bind_template_child (widget_class, BriefingAnnotationEditor, owner_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingAnnotationEditor, deadline_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingAnnotationEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, BriefingAnnotationEditor, calendar_popover);
  gtk_widget_class_bind_template_child (widget_class, BriefingAnnotationEditor, deadline_error);
  gtk_widget_class_bind_template_callback (widget_class, on_deadline_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_owner_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_shown);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "editor.edit-labels", NULL, edit_labels_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
briefing_annotation_editor_init (BriefingAnnotationEditor *self)
{
  self->owner_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->deadline_entry),
                                  GTK_ACCESSIBLE_RELATION_ERROR_MESSAGE, self->deadline_error, -1);
}

BriefingAnnotationEditor *
briefing_annotation_editor_new (GtkWindow               *parent,
                                BriefingAnnotationStore *store,
                                BriefingBundle          *bundle,
                                BriefingAnnotation      *annotation)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_STORE (store), NULL);
  g_return_val_if_fail (bundle == NULL || BRIEFING_IS_BUNDLE (bundle), NULL);
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION (annotation), NULL);

  return g_object_new (BRIEFING_TYPE_ANNOTATION_EDITOR,
                       "transient-for", parent,
                       "store", store,
                       "bundle", bundle,
                       "annotation", annotation,
                       NULL);
}

BriefingAnnotation *
briefing_annotation_editor_get_annotation (BriefingAnnotationEditor *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_EDITOR (self), NULL);

  return self->annotation;
}

BriefingAnnotationStore *
briefing_annotation_editor_get_store (BriefingAnnotationEditor *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_EDITOR (self), NULL);

  return self->store;
}

BriefingBundle *
briefing_annotation_editor_get_bundle (BriefingAnnotationEditor *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_EDITOR (self), NULL);

  return self->bundle;
}

gboolean
briefing_annotation_editor_get_is_new (BriefingAnnotationEditor *self)
{
  g_return_val_if_fail (BRIEFING_IS_ANNOTATION_EDITOR (self), FALSE);

  return briefing_annotation_store_lookup (self->store,
                                           briefing_annotation_get_id (self->annotation)) == NULL;
}
