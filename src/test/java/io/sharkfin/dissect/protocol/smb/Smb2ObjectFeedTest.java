package io.sharkfin.dissect.protocol.smb;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The names and numbers feed_eo_smb2 gives a file id. */
class Smb2ObjectFeedTest {
    @Test
    void guidTextIsTsharks() {
        // smb.pcapng frame 15: File Id: ecb5e972-0000-0000-a0b4-618c00000000
        assertEquals("ecb5e972-0000-0000-a0b4-618c00000000",
                new Smb2Handles.Handle(0xecb5e972L, 0x8c61b4a0L).guidString());
    }

    @Test
    void namesAsFeedEoSmb2MakesThem() {
        assertEquals("\\notes.txt", Smb2ObjectFeed.filename("File: notes.txt", "g"));
        assertEquals("\\b", Smb2ObjectFeed.filename("File: aFile: b", "g"));
        assertEquals("\\", Smb2ObjectFeed.filename("File: aFile: ", "g"));
        assertEquals("File_Id_g", Smb2ObjectFeed.filename("File: ", "g"));
        assertEquals("File_Id_g", Smb2ObjectFeed.filename(null, "g"));
        assertEquals("\\x", Smb2ObjectFeed.filename("\\x", "g"));
        assertEquals("\\<UNKNOWN>", Smb2ObjectFeed.filename("<UNKNOWN>", "g"));
    }

    @Test
    void strHashIsGlibs() {
        assertEquals(5381, Smb2ObjectFeed.strHash(""));
        assertEquals(5381 * 33 + 'a', Smb2ObjectFeed.strHash("a"));
    }

    /** An open of a handle whose life runs ends it; the name goes to the old life (C's order). */
    @Test
    void reopenWithoutCloseLeavesTheNewLifeNameless() {
        Smb2Handles h = new Smb2Handles();
        Smb2Handles.Handle id = new Smb2Handles.Handle(1, 2);
        h.store(id, 10, true, false);
        h.name(id, 10, "File: a");
        assertEquals("File: a", h.find(id, 11).name);
        h.store(id, 20, true, false);
        h.name(id, 20, "File: b");
        assertEquals("File: b", h.find(id, 20).name);
        assertEquals(null, h.find(id, 21).name);
        h.store(id, 30, false, true);
        assertEquals(30, h.find(id, 30).closeFrame);
        h.store(Smb2Handles.Handle.NULL, 40, false, false);
        assertEquals(null, h.find(Smb2Handles.Handle.NULL, 40));
    }
}
