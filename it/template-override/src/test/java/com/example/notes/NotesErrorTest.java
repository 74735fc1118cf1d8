package com.example.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NotesErrorTest {

    @Test
    void theOverriddenTemplateAddsItsMethodAndTheBuiltInEnumStillWorks() {
        NotesException e = NotesError.noteLocked("n-7");
        assertEquals("note_locked: Note n-7 is locked.", e.toLogLine());
        assertEquals(423, NotesError.NOTE_LOCKED.httpStatus());
    }
}
