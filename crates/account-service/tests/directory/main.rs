//! The service against real directories: OpenLDAP and Samba's Active Directory, started from
//! temporary folders on loopback (see `servers`), and a crash between the directory write and
//! the database commit. Apart from the `service` binary because these tests start and stop
//! directory daemons, and Samba takes fixed ports.

#[path = "../common/mod.rs"]
mod common;
mod servers;

mod active_directory;
mod crash;
mod ldap;
