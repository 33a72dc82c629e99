//! The TLS client configuration for `ldaps://`: the district's CA bundle when one is given
//! (directories often use a private CA), otherwise the system's roots.

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;
use std::path::Path;
use std::sync::Arc;

pub fn client_config(ca_bundle: Option<&Path>) -> anyhow::Result<Arc<rustls::ClientConfig>> {
    let mut roots = rustls::RootCertStore::empty();
    match ca_bundle {
        Some(path) => {
            let certs = CertificateDer::pem_file_iter(path)
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            if certs.is_empty() {
                anyhow::bail!("{}: no PEM certificate in the file", path.display());
            }
            for cert in certs {
                roots
                    .add(cert)
                    .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            }
        }
        None => {
            let found = rustls_native_certs::load_native_certs();
            for cert in found.certs {
                // A system store with one unreadable certificate still verifies with the rest.
                let _ = roots.add(cert);
            }
            if roots.is_empty() {
                anyhow::bail!("no system CA certificates found; set ca_bundle");
            }
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Arc::new(config))
}
